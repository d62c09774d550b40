package dev.kam.incentive.service.money;

import dev.kam.kernel.Money;
import dev.kam.plumbing.json.MoneyBody;

/** The one place where the domain's money and the wire's money body meet. */
public final class MoneyBodies {

    private MoneyBodies() {
    }

    public static MoneyBody of(Money money) {
        return new MoneyBody(money.amount().toPlainString(), money.currency().getCurrencyCode());
    }

    /** @throws IllegalArgumentException when the amount or currency is not money */
    public static Money toMoney(MoneyBody body) {
        if (body == null) {
            throw new IllegalArgumentException("An amount with its currency is required");
        }
        return Money.of(body.amount(), body.currency());
    }
}
