package dev.kam.account.domain.negotiation;

/** How many concessions one side may be ahead while the balance still reads BALANCED. */
public record BalanceTolerance(int concessions) {

    public static final BalanceTolerance DEFAULT = new BalanceTolerance(1);

    public BalanceTolerance {
        if (concessions < 0) {
            throw new IllegalArgumentException("Balance tolerance cannot be negative");
        }
    }
}
