package dev.kam.account.service.money;

import dev.kam.kernel.Money;
import dev.kam.plumbing.json.MoneyBody;

/** The one place where the wire's money and the domain's money turn into each other. */
public final class MoneyBodies {

    private MoneyBodies() {
    }

    /** The body of an amount; null stays null (an optional amount left out). */
    public static MoneyBody of(Money money) {
        return money == null ? null : new MoneyBody(money.amount().toPlainString(), money.currency().getCurrencyCode());
    }

    /** The domain's money; a value the kernel refuses is an IllegalArgumentException (a 400). */
    public static Money toMoney(MoneyBody body) {
        return body == null ? null : Money.of(body.amount(), body.currency());
    }
}
