package dev.kam.contact.domain.role;

import java.util.EnumMap;
import java.util.List;
import java.util.Objects;
import java.util.Map;

/**
 * How to work with each buying-centre role: why the role matters to us, and the rules the team
 * follows with such a person. The content is fixed domain knowledge, not configuration; rules are
 * listed in the order they should be applied.
 */
public record RoleGuidance(BuyingCentreRole role, String purpose, List<GuidanceRule> rules) {

    private static final Map<BuyingCentreRole, RoleGuidance> CATALOGUE = catalogue();

    public RoleGuidance {
        if (role == null) {
            throw new IllegalArgumentException("Role is required");
        }
        if (purpose == null || purpose.isBlank()) {
            throw new IllegalArgumentException("Guidance needs a purpose");
        }
        if (rules == null || rules.isEmpty() || rules.stream().anyMatch(Objects::isNull)) {
            throw new IllegalArgumentException("Guidance needs at least one rule");
        }
        rules = List.copyOf(rules);
    }

    public static RoleGuidance forRole(BuyingCentreRole role) {
        if (role == null) {
            throw new IllegalArgumentException("Role is required");
        }
        return CATALOGUE.get(role);
    }

    private static Map<BuyingCentreRole, RoleGuidance> catalogue() {
        Map<BuyingCentreRole, RoleGuidance> guidance = new EnumMap<>(BuyingCentreRole.class);
        guidance.put(BuyingCentreRole.LEADER, new RoleGuidance(BuyingCentreRole.LEADER,
                "The central figure of the decision; how the purchase turns out can count in his own"
                        + " performance review.",
                List.of(new GuidanceRule("leader-address-own-criteria",
                        "Find out which of his own performance targets the purchase touches, and show how"
                                + " our offer helps him meet them."))));
        guidance.put(BuyingCentreRole.SPECIFIER, new RoleGuidance(BuyingCentreRole.SPECIFIER,
                "Defines the requirements early, often as the expert, then withdraws; remains a valuable"
                        + " source of information.",
                List.of(new GuidanceRule("specifier-keep-informed",
                                "Keep him up to date even after the requirements are set."),
                        new GuidanceRule("specifier-heed-advice",
                                "Ask for his opinion and act on it where you can."),
                        new GuidanceRule("specifier-win-as-ally",
                                "Turn him into an ally who speaks for us inside his company."))));
        guidance.put(BuyingCentreRole.HELPER, new RoleGuidance(BuyingCentreRole.HELPER,
                "Carries out someone else's instructions; the result does not affect his own targets, so"
                        + " he watches the price while the people using the product care about quality.",
                List.of(new GuidanceRule("helper-expect-price-focus",
                                "Expect him to argue about price; keep quality arguments for the end users."),
                        new GuidanceRule("helper-bypass-only-with-permission",
                                "Reach past him to the end users only with his consent, never without it."),
                        new GuidanceRule("helper-earn-permission",
                                "Earn that consent by being reliable and making his work easier, for example"
                                        + " by agreeing the details with the end users yourself."))));
        guidance.put(BuyingCentreRole.BUTLER, new RoleGuidance(BuyingCentreRole.BUTLER,
                "Frequently the person we deal with most, though neither interested nor involved; he"
                        + " controls who can reach the people who are.",
                List.of(new GuidanceRule("butler-respect-his-rights",
                                "Treat his position as legitimate and never go around him behind his back."),
                        new GuidanceRule("butler-seek-other-contacts",
                                "Keep working on contacts beyond him, if need be through other members of our"
                                        + " team."),
                        new GuidanceRule("butler-earn-trust-patiently",
                                "Win his confidence over time with arguments that matter to him personally."))));
        return Map.copyOf(guidance);
    }
}
