package dev.kam.contact.domain.matrix;

import dev.kam.contact.domain.StakeholderId;
import dev.kam.contact.domain.role.AssessmentScore;

/** A person to be drawn on the matrix: who, and his current interest and involvement scores. */
public record MatrixPoint(StakeholderId stakeholder, AssessmentScore interest, AssessmentScore involvement) {

    public MatrixPoint {
        if (stakeholder == null || interest == null || involvement == null) {
            throw new IllegalArgumentException("Stakeholder, interest and involvement are required");
        }
    }
}
