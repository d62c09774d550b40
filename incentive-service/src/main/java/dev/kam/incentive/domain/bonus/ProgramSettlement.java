package dev.kam.incentive.domain.bonus;

import dev.kam.kernel.DomainRuleViolation;

/**
 * A programme is settled by its evaluation: who was paid what was decided on the terms it had then,
 * so the terms never change afterwards (a correction is a new programme, not a silent edit).
 */
public final class ProgramSettlement {

    public static final String RULE = "bonus-program-evaluated";

    private ProgramSettlement() {
    }

    public static void requireUnsettled(String programName, boolean evaluated) {
        if (evaluated) {
            throw new DomainRuleViolation(RULE, "The programme '" + programName
                    + "' has been evaluated; its terms are settled and cannot change");
        }
    }
}
