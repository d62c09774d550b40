package dev.kam.incentive.domain.bonus;

import dev.kam.kernel.Money;
import dev.kam.kernel.UserId;

/** One eligible employee's payment from a programme that paid out. */
public record BonusAward(UserId employee, Money amount) {

    public BonusAward {
        if (employee == null || amount == null || !amount.isPositive()) {
            throw new IllegalArgumentException("An award names the employee and a positive amount");
        }
    }
}
