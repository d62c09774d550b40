package dev.kam.account.domain.access;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kam.account.domain.team.AccountTeam;
import dev.kam.account.domain.team.TeamMember;
import dev.kam.account.domain.team.TeamRole;
import dev.kam.account.domain.team.ZoneOfResponsibility;
import dev.kam.kernel.UserId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Asking for a fresh health assessment is work on the account: the team may, onlookers may not. */
class AssessHealthActionTest {

    private static final UserId KATE = UserId.of("kate-id");
    private static final UserId TOM = UserId.of("tom-id");
    private static final UserId DIANA = UserId.of("diana-id");
    private static final AccountTeam TEAM = new AccountTeam(KATE,
            List.of(new TeamMember(KATE, TeamRole.KAM, new ZoneOfResponsibility("Leads the account")),
                    new TeamMember(TOM, TeamRole.TEAM_MEMBER, new ZoneOfResponsibility("Logistics"))));

    private final AccountAccessPolicy policy = new AccountAccessPolicy();

    @Test
    void anyTeamMemberMayAskForAnAssessment() {
        assertThat(AccountAction.ASSESS_HEALTH.required()).isEqualTo(AccessLevel.CONTRIBUTE);
        assertThat(policy.check(Caller.of(TOM, RealmRole.ACCOUNT_TEAM_MEMBER), TEAM, AccountAction.ASSESS_HEALTH))
                .isEqualTo(AccessVerdict.GRANTED);
    }

    @Test
    void theSalesDirectorReadsHealthButLeavesAssessingToTheTeam() {
        assertThat(policy.check(Caller.of(DIANA, RealmRole.SALES_DIRECTOR), TEAM, AccountAction.ASSESS_HEALTH))
                .isEqualTo(AccessVerdict.FORBIDDEN);
    }
}
