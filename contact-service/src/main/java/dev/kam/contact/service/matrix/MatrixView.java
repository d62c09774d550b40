package dev.kam.contact.service.matrix;

import dev.kam.contact.domain.relationship.RelationshipQuality;
import dev.kam.contact.domain.role.BuyingCentreRole;
import java.util.List;
import java.util.UUID;

/**
 * The buying centre as the interest x involvement matrix: the active people of an account (or of one
 * purchase decision) with their scores, role, the quadrant the scores put them in, and where to draw
 * them ({@code x} involvement, {@code y} interest, both 0..1 with the quadrant lines at 0.5).
 * {@code roleHighFrom} is the score from which an axis counts as high.
 */
public record MatrixView(UUID accountId, String accountName, UUID decisionId, String decisionName,
        int roleHighFrom, List<Person> people) {

    /** One person on the matrix; {@code bestRelationship} is null when nobody of ours knows him. */
    public record Person(UUID stakeholderId, String name, String position, boolean erased, int interest,
            int involvement, BuyingCentreRole role, BuyingCentreRole quadrant, boolean primaryContact,
            RelationshipQuality bestRelationship, double x, double y) {
    }

    public MatrixView {
        people = List.copyOf(people);
    }
}
