package dev.kam.incentive.domain.workload;

import dev.kam.incentive.domain.competency.ProfessionalismLevel;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How many key accounts an employee should hold: their capacity divided by the workload an ordinary
 * account is for someone of their professionalism, rounded down (a part of an account cannot be
 * served, and rounding up would plan an overload).
 */
public record AccountRecommendation(ProfessionalismLevel level, BigDecimal capacity, BigDecimal perAccount, int accounts) {

    public AccountRecommendation {
        if (level == null || capacity == null || perAccount == null) {
            throw new IllegalArgumentException("Level, capacity and workload per account are required");
        }
        if (perAccount.signum() <= 0) {
            throw new IllegalArgumentException("Workload per account must be positive");
        }
        if (accounts < 0) {
            throw new IllegalArgumentException("A recommended number of accounts cannot be negative");
        }
    }

    public static AccountRecommendation forEmployee(WorkloadModel model, ProfessionalismLevel level, BigDecimal capacity) {
        if (model == null || level == null || capacity == null || capacity.signum() <= 0) {
            throw new IllegalArgumentException("Model, level and a positive capacity are required");
        }
        BigDecimal perAccount = model.ordinaryAccountFor(level);
        int accounts = capacity.divide(perAccount, 0, RoundingMode.DOWN).intValueExact();
        return new AccountRecommendation(level, capacity, perAccount, accounts);
    }

    public String explanation() {
        return "Capacity " + capacity.toPlainString() + " units / " + perAccount.toPlainString()
                + " units per ordinary account for a " + level + " = " + accounts + " accounts (rounded down)";
    }
}
