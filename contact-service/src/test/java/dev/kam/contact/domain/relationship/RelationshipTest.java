package dev.kam.contact.domain.relationship;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kam.contact.domain.StakeholderId;
import dev.kam.kernel.UserId;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RelationshipTest {

    private static final UserId ANNA = UserId.of("anna");
    private static final StakeholderId PERSON = StakeholderId.newId();

    @Test
    void aRelationshipRecordsTypeQualityAndReason() {
        Relationship relationship = new Relationship(ANNA, PERSON, RelationshipType.PERSONAL,
                RelationshipQuality.GOOD, Optional.of(" studied together "));
        assertThat(relationship.reason()).contains("studied together");
        assertThat(relationship.isPoor()).isFalse();
    }

    @Test
    void theReasonIsOptionalAndBlankMeansNone() {
        assertThat(Relationship.of(ANNA, PERSON, RelationshipType.BUSINESS, RelationshipQuality.NEUTRAL).reason())
                .isEmpty();
        assertThat(new Relationship(ANNA, PERSON, RelationshipType.BUSINESS, RelationshipQuality.NEUTRAL,
                Optional.of("  ")).reason()).isEmpty();
    }

    @Test
    void theReasonMayBeExactlyTheMaximumLengthButNotLonger() {
        String longest = "r".repeat(Relationship.MAX_REASON_LENGTH);
        assertThat(new Relationship(ANNA, PERSON, RelationshipType.BUSINESS, RelationshipQuality.GOOD,
                Optional.of(longest)).reason()).contains(longest);
        assertThatThrownBy(() -> new Relationship(ANNA, PERSON, RelationshipType.BUSINESS, RelationshipQuality.GOOD,
                Optional.of(longest + "r"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aPoorRelationshipIsRecognised() {
        assertThat(Relationship.of(ANNA, PERSON, RelationshipType.FORMAL_ONLY, RelationshipQuality.POOR)
                .isPoor()).isTrue();
    }

    @Test
    void holderStakeholderTypeAndQualityAreRequired() {
        assertThatThrownBy(() -> Relationship.of(null, PERSON, RelationshipType.BUSINESS, RelationshipQuality.GOOD))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Relationship.of(ANNA, null, RelationshipType.BUSINESS, RelationshipQuality.GOOD))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Relationship.of(ANNA, PERSON, null, RelationshipQuality.GOOD))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Relationship.of(ANNA, PERSON, RelationshipType.BUSINESS, null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
