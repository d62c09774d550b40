package dev.kam.incentive.domain.workload;

/** How centralised the client's purchasing decisions are: every extra decision centre is more work. */
public enum PurchasingCentralisation {
    CENTRALISED(1),
    MOSTLY_CENTRALISED(2),
    MIXED(3),
    MOSTLY_DECENTRALISED(4),
    DECENTRALISED(5);

    private final int burden;

    PurchasingCentralisation(int burden) {
        this.burden = burden;
    }

    public Burden burden() {
        return Burden.of(burden);
    }
}
