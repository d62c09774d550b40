package dev.kam.incentive.domain.workload;

/** Support staff who take administrative work off the KAM for this account. */
public enum SupportStaff {
    DEDICATED(1),
    SHARED(3),
    NONE(5);

    private final int burden;

    SupportStaff(int burden) {
        this.burden = burden;
    }

    public Burden burden() {
        return Burden.of(burden);
    }
}
