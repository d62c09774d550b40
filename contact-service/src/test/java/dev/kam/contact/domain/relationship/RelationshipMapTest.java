package dev.kam.contact.domain.relationship;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kam.kernel.AccountId;
import dev.kam.kernel.DomainRuleViolation;
import dev.kam.contact.domain.StakeholderId;
import dev.kam.kernel.UserId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RelationshipMapTest {

    private static final AccountId ACCOUNT = new AccountId(UUID.randomUUID());
    private static final UserId ANNA = UserId.of("anna");
    private static final UserId BORIS = UserId.of("boris");
    private static final StakeholderId CLIENT_A = StakeholderId.newId();
    private static final StakeholderId CLIENT_B = StakeholderId.newId();

    private static Relationship good(UserId holder, StakeholderId stakeholder) {
        return Relationship.of(holder, stakeholder, RelationshipType.BUSINESS, RelationshipQuality.GOOD);
    }

    @Test
    void aNewMapIsEmpty() {
        assertThat(RelationshipMap.empty(ACCOUNT).relationships()).isEmpty();
    }

    @Test
    void recordingTheSamePairAgainReplacesTheJudgement() {
        RelationshipMap map = RelationshipMap.empty(ACCOUNT).with(good(ANNA, CLIENT_A))
                .with(Relationship.of(ANNA, CLIENT_A, RelationshipType.BUSINESS, RelationshipQuality.POOR));
        assertThat(map.relationships()).hasSize(1);
        assertThat(map.of(CLIENT_A).get(0).quality()).isEqualTo(RelationshipQuality.POOR);
    }

    @Test
    void severalOfOurPeopleMayKnowTheSamePerson() {
        RelationshipMap map = RelationshipMap.empty(ACCOUNT).with(good(ANNA, CLIENT_A)).with(good(BORIS, CLIENT_A));
        assertThat(map.holdersOf(CLIENT_A)).containsExactlyInAnyOrder(ANNA, BORIS);
        assertThat(map.holdersOf(CLIENT_B)).isEmpty();
    }

    @Test
    void aMapCannotHoldTwoRelationshipsForTheSamePair() {
        assertThatThrownBy(() -> new RelationshipMap(ACCOUNT, List.of(good(ANNA, CLIENT_A), good(ANNA, CLIENT_A))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void removingARelationshipThatDoesNotExistBreaksARule() {
        assertThatThrownBy(() -> RelationshipMap.empty(ACCOUNT).without(ANNA, CLIENT_A))
                .isInstanceOf(DomainRuleViolation.class)
                .satisfies(e -> assertThat(((DomainRuleViolation) e).rule()).isEqualTo("relationship-unknown"));
    }

    @Test
    void removingARelationshipKeepsTheOthers() {
        RelationshipMap map = RelationshipMap.empty(ACCOUNT).with(good(ANNA, CLIENT_A)).with(good(BORIS, CLIENT_A))
                .without(ANNA, CLIENT_A);
        assertThat(map.holdersOf(CLIENT_A)).containsExactly(BORIS);
    }

    @Test
    void erasingAStakeholderDropsAllHisRelationships() {
        RelationshipMap map = RelationshipMap.empty(ACCOUNT).with(good(ANNA, CLIENT_A)).with(good(BORIS, CLIENT_A))
                .with(good(ANNA, CLIENT_B)).withoutStakeholder(CLIENT_A);
        assertThat(map.relationships()).containsExactly(good(ANNA, CLIENT_B));
    }

    @Test
    void aHolderLeavingTheTeamDropsHisRelationships() {
        RelationshipMap map = RelationshipMap.empty(ACCOUNT).with(good(ANNA, CLIENT_A)).with(good(BORIS, CLIENT_B))
                .withoutHolder(ANNA);
        assertThat(map.relationships()).containsExactly(good(BORIS, CLIENT_B));
    }
}
