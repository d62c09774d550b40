package dev.kam.incentive.service.competency;

/** Where an employee's professionalism level comes from. */
public enum ProfessionalismSource {
    /** Derived from the latest competency assessment; replaces the typed level. */
    ASSESSMENT,
    /** Typed on the employee record, used only while no assessment exists. */
    RECORDED
}
