package dev.kam.contact.domain.role;

import dev.kam.kernel.BoundedText;

/**
 * The team places a person in another quadrant than the scores say, e.g. a formally junior buyer
 * who in fact decides. An override is an exception to the rule, so it always says why.
 */
public record RoleOverride(BuyingCentreRole role, String reason) {

    public static final int MAX_REASON_LENGTH = 1000;

    public RoleOverride {
        if (role == null) {
            throw new IllegalArgumentException("The overriding role is required");
        }
        reason = BoundedText.required(reason, "override reason", MAX_REASON_LENGTH);
    }
}
