package dev.kam.incentive.domain.competency;

/** The seven professional competencies a key account team member is assessed and trained on. */
public enum Competency {
    TECHNICAL("technical"),
    COMMUNICATION("communication"),
    PSYCHOLOGICAL("psychological"),
    ADMINISTRATIVE("administrative"),
    MANAGERIAL_DECISION_MAKING("managerial decision-making"),
    ANALYTICAL("analytical"),
    CONCEPTUAL("conceptual");

    private final String label;

    Competency(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
