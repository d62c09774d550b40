package dev.kam.contact.domain.matrix;

import static dev.kam.contact.domain.relationship.RelationshipQuality.GOOD;
import static dev.kam.contact.domain.relationship.RelationshipQuality.NEUTRAL;
import static dev.kam.contact.domain.relationship.RelationshipQuality.POOR;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class BestRelationshipTest {

    @Test
    void oneGoodTieOutweighsAPoorOne() {
        assertThat(BestRelationship.among(List.of(POOR, GOOD))).contains(GOOD);
    }

    @Test
    void neutralIsBetterThanPoor() {
        assertThat(BestRelationship.among(List.of(POOR, NEUTRAL, POOR))).contains(NEUTRAL);
    }

    @Test
    void nobodyOfOursKnowingHimIsNoQualityAtAll() {
        assertThat(BestRelationship.among(List.of())).isEmpty();
    }
}
