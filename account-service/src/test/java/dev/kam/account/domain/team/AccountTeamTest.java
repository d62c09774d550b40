package dev.kam.account.domain.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kam.kernel.DomainRuleViolation;
import dev.kam.kernel.UserId;
import java.util.List;
import org.junit.jupiter.api.Test;

class AccountTeamTest {

    private static final UserId KATE = UserId.of("kate-id");
    private static final UserId LEO = UserId.of("leo-id");
    private static final UserId MIA = UserId.of("mia-id");
    private static final ZoneOfResponsibility LEADS = ZoneOfResponsibility.of("Leads the account");
    private static final ZoneOfResponsibility LOGISTICS = ZoneOfResponsibility.of("Deliveries and stock");

    private final AccountTeam kateAlone = AccountTeam.formedBy(KATE, LEADS);
    private final AccountTeam kateAndLeo = kateAlone.withMember(new TeamMember(LEO, TeamRole.TEAM_MEMBER, LOGISTICS));

    @Test
    void aNewTeamIsItsOwnerAloneAsKam() {
        assertThat(kateAlone.owner()).isEqualTo(KATE);
        assertThat(kateAlone.members()).containsExactly(new TeamMember(KATE, TeamRole.KAM, LEADS));
    }

    @Test
    void theOwnerMustBeAMember() {
        assertThatThrownBy(() -> new AccountTeam(KATE, List.of(new TeamMember(LEO, TeamRole.KAM, LEADS))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("owner must be a member");
    }

    @Test
    void theOwnersRoleIsKam() {
        assertThatThrownBy(() -> new AccountTeam(KATE, List.of(new TeamMember(KATE, TeamRole.SUPPORT, LEADS))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("KAM");
    }

    @Test
    void aPersonIsOnTheTeamOnlyOnce() {
        assertThatThrownBy(() -> kateAndLeo.withMember(new TeamMember(LEO, TeamRole.SPECIALIST, LOGISTICS)))
                .isInstanceOf(DomainRuleViolation.class)
                .extracting(e -> ((DomainRuleViolation) e).rule()).isEqualTo("team-member-duplicate");
        assertThatThrownBy(() -> new AccountTeam(KATE, List.of(
                new TeamMember(KATE, TeamRole.KAM, LEADS), new TeamMember(KATE, TeamRole.SUPPORT, LOGISTICS))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void addingAMemberLeavesTheOriginalTeamUnchanged() {
        assertThat(kateAndLeo.isMember(LEO)).isTrue();
        assertThat(kateAlone.isMember(LEO)).isFalse();
    }

    @Test
    void aSecondKamMayJoinWithoutBecomingOwner() {
        AccountTeam withDeputy = kateAlone.withMember(new TeamMember(MIA, TeamRole.KAM, LEADS));
        assertThat(withDeputy.owner()).isEqualTo(KATE);
        assertThat(withDeputy.roleOf(MIA)).contains(TeamRole.KAM);
    }

    @Test
    void aMemberWhoIsNotTheOwnerCanBeRemoved() {
        AccountTeam after = kateAndLeo.withoutMember(LEO);
        assertThat(after.isMember(LEO)).isFalse();
        assertThat(after.owner()).isEqualTo(KATE);
    }

    @Test
    void theOwnerCannotBeRemovedWithoutTransferFirst() {
        assertThatThrownBy(() -> kateAndLeo.withoutMember(KATE))
                .isInstanceOf(DomainRuleViolation.class)
                .hasMessageContaining("transfer ownership first")
                .extracting(e -> ((DomainRuleViolation) e).rule()).isEqualTo("team-owner-removal");
    }

    @Test
    void removingSomeoneNotOnTheTeamIsRefused() {
        assertThatThrownBy(() -> kateAndLeo.withoutMember(MIA))
                .isInstanceOf(DomainRuleViolation.class)
                .extracting(e -> ((DomainRuleViolation) e).rule()).isEqualTo("team-member-unknown");
    }

    @Test
    void ownershipPassesToAMemberWhoBecomesKam() {
        OwnershipTransfer transfer = kateAndLeo.transferOwnership(LEO);

        assertThat(transfer.team().owner()).isEqualTo(LEO);
        assertThat(transfer.team().roleOf(LEO)).contains(TeamRole.KAM);
        assertThat(transfer.team().member(LEO).orElseThrow().zone()).isEqualTo(LOGISTICS);
        assertThat(transfer.transferred()).isEqualTo(new OwnershipTransferred(KATE, LEO));
    }

    @Test
    void thePreviousOwnerStaysOnTheTeamForTheHandover() {
        AccountTeam after = kateAndLeo.transferOwnership(LEO).team();
        assertThat(after.roleOf(KATE)).contains(TeamRole.KAM);
        assertThat(after.withoutMember(KATE).isMember(KATE)).isFalse();
    }

    @Test
    void ownershipCannotPassByIdToSomeoneNotOnTheTeam() {
        assertThatThrownBy(() -> kateAndLeo.transferOwnership(MIA))
                .isInstanceOf(DomainRuleViolation.class)
                .extracting(e -> ((DomainRuleViolation) e).rule()).isEqualTo("team-member-unknown");
    }

    @Test
    void ownershipCanPassToANewcomerWhoJoinsAsKam() {
        OwnershipTransfer transfer = kateAndLeo.transferOwnership(MIA, LEADS);

        assertThat(transfer.team().owner()).isEqualTo(MIA);
        assertThat(transfer.team().member(MIA)).contains(new TeamMember(MIA, TeamRole.KAM, LEADS));
        assertThat(transfer.team().members()).hasSize(3);
    }

    @Test
    void passingOwnershipWithAZoneToAMemberReplacesTheirZone() {
        OwnershipTransfer transfer = kateAndLeo.transferOwnership(LEO, LEADS);

        assertThat(transfer.team().member(LEO)).contains(new TeamMember(LEO, TeamRole.KAM, LEADS));
        assertThat(transfer.team().members()).hasSize(2);
    }

    @Test
    void ownershipCannotPassToTheCurrentOwner() {
        assertThatThrownBy(() -> kateAndLeo.transferOwnership(KATE))
                .isInstanceOf(DomainRuleViolation.class)
                .extracting(e -> ((DomainRuleViolation) e).rule()).isEqualTo("team-owner-unchanged");
    }

    @Test
    void aMembersRoleAndZoneCanChange() {
        AccountTeam after = kateAndLeo.withMemberChanged(new TeamMember(LEO, TeamRole.SPECIALIST, LEADS));
        assertThat(after.member(LEO)).contains(new TeamMember(LEO, TeamRole.SPECIALIST, LEADS));
    }

    @Test
    void theOwnersRoleStaysKam() {
        assertThatThrownBy(() -> kateAndLeo.withMemberChanged(new TeamMember(KATE, TeamRole.SUPPORT, LEADS)))
                .isInstanceOf(DomainRuleViolation.class)
                .extracting(e -> ((DomainRuleViolation) e).rule()).isEqualTo("team-owner-role");
    }

    @Test
    void theOwnersZoneCanChange() {
        AccountTeam after = kateAndLeo.withMemberChanged(new TeamMember(KATE, TeamRole.KAM, LOGISTICS));
        assertThat(after.member(KATE).orElseThrow().zone()).isEqualTo(LOGISTICS);
    }

    @Test
    void theMembersListCannotBeChangedFromOutside() {
        assertThatThrownBy(() -> kateAndLeo.members().clear()).isInstanceOf(UnsupportedOperationException.class);
    }
}
