package dev.kam.contact.service.guidance;

import dev.kam.contact.domain.role.BuyingCentreRole;
import dev.kam.contact.domain.role.Level;
import dev.kam.contact.domain.role.RoleGuidance;
import java.util.List;

/** How to work with one role: its quadrant, why it matters, and the rules in the order to apply them. */
public record RoleGuidanceView(BuyingCentreRole role, Level interest, Level involvement, String purpose,
        List<Rule> rules) {

    /** One rule: a stable code and its text. */
    public record Rule(String code, String text) {
    }

    public static RoleGuidanceView of(RoleGuidance guidance) {
        return new RoleGuidanceView(guidance.role(), guidance.role().interest(), guidance.role().involvement(),
                guidance.purpose(), guidance.rules().stream().map(r -> new Rule(r.code(), r.text())).toList());
    }
}
