package dev.kam.contact.domain.matrix;

import dev.kam.contact.domain.relationship.RelationshipQuality;
import java.util.Collection;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;

/**
 * The colour a person gets on the matrix: the best quality among our people's relationships with him,
 * because one good tie is what the team can build on; empty when nobody of ours knows him.
 */
public final class BestRelationship {

    private static final Comparator<RelationshipQuality> BETTER_FIRST = Comparator.comparingInt(q -> switch (q) {
        case GOOD -> 0;
        case NEUTRAL -> 1;
        case POOR -> 2;
    });

    private BestRelationship() {
    }

    public static Optional<RelationshipQuality> among(Collection<RelationshipQuality> qualities) {
        if (qualities == null) {
            throw new IllegalArgumentException("Qualities are required (possibly none)");
        }
        return qualities.stream().filter(Objects::nonNull).min(BETTER_FIRST);
    }
}
