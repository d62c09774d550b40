package dev.kam.incentive.service.workload;

/** Where a workload factor's input came from, so a reader knows what to correct and where. */
public enum FactorSource {
    /** Set per assignment by a compensation-admin or the account's KAM. */
    RATED,
    /** Not rated yet: the ordinary value is assumed. */
    ORDINARY,
    /** Counted from contact-service's relationship events. */
    STAKEHOLDER_EVENTS,
    /** The professionalism derived from the latest competency assessment. */
    ASSESSMENT,
    /** The professionalism typed on the employee record (no assessment yet). */
    RECORDED
}
