package dev.kam.incentive.domain.workload;

/** The nine factors of DOMAIN.md section 3 that make one key account more or less work. */
public enum WorkloadFactor {
    CLIENT_POTENTIAL("client potential"),
    PROFESSIONALISM("employee's professionalism"),
    DISTANCE("distance to the client's offices"),
    PURCHASING_CENTRALISATION("centralisation of the client's purchasing"),
    CLIENT_RELATIONSHIPS("client people to keep relations with"),
    INTERNAL_COORDINATION("coordination between our departments"),
    DELIVERY_FULFILMENT("our delivery-obligation fulfilment"),
    COMPETITION("level of competition"),
    SUPPORT_STAFF("support staff available");

    private final String label;

    WorkloadFactor(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
