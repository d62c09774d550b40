package dev.kam.account.domain.access;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kam.account.domain.team.AccountTeam;
import dev.kam.account.domain.team.TeamMember;
import dev.kam.account.domain.team.TeamRole;
import dev.kam.account.domain.team.ZoneOfResponsibility;
import dev.kam.kernel.UserId;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AccountAccessPolicyTest {

    private static final UserId KATE = UserId.of("kate-id");
    private static final UserId LEO = UserId.of("leo-id");
    private static final UserId DEPUTY = UserId.of("deputy-id");
    private static final UserId OUTSIDER = UserId.of("outsider-id");

    private static final AccountTeam TEAM = AccountTeam.formedBy(KATE, ZoneOfResponsibility.of("Leads"))
            .withMember(TeamMember.of(LEO, TeamRole.SPECIALIST, "Engineering questions"))
            .withMember(TeamMember.of(DEPUTY, TeamRole.KAM, "Stands in for the owner"));

    private final AccountAccessPolicy policy = new AccountAccessPolicy();

    @Test
    void aPurchaseVolumeFeedRecordsPurchasesOfEveryAccountAndDoesNothingElse() {
        Caller erp = Caller.of(UserId.of("erp-service-account-id"), RealmRole.PURCHASE_VOLUME_FEED);

        assertThat(policy.check(erp, TEAM, AccountAction.RECORD_PURCHASE_VOLUME)).isEqualTo(AccessVerdict.GRANTED);
        assertThat(policy.levelFor(erp, TEAM)).isEqualTo(AccessLevel.NONE);
        for (AccountAction other : AccountAction.values()) {
            if (other != AccountAction.RECORD_PURCHASE_VOLUME) {
                assertThat(policy.check(erp, TEAM, other)).as(other.name()).isEqualTo(AccessVerdict.NOT_FOUND);
            }
        }
    }

    @Test
    void theOwnerManages() {
        assertThat(policy.levelFor(Caller.of(KATE, RealmRole.KEY_ACCOUNT_MANAGER), TEAM)).isEqualTo(AccessLevel.MANAGE);
    }

    @Test
    void aTeamMemberWithTheKamRoleManages() {
        assertThat(policy.levelFor(Caller.of(DEPUTY), TEAM)).isEqualTo(AccessLevel.MANAGE);
    }

    @Test
    void anyOtherTeamMemberContributes() {
        assertThat(policy.levelFor(Caller.of(LEO, RealmRole.ACCOUNT_TEAM_MEMBER), TEAM))
                .isEqualTo(AccessLevel.CONTRIBUTE);
    }

    @Test
    void teamMembershipOpensTheAccountWithoutAnyRealmRole() {
        assertThat(policy.levelFor(Caller.of(LEO), TEAM)).isEqualTo(AccessLevel.CONTRIBUTE);
    }

    @Test
    void aKamAdminManagesEveryAccount() {
        assertThat(policy.levelFor(Caller.of(OUTSIDER, RealmRole.KAM_ADMIN), TEAM)).isEqualTo(AccessLevel.MANAGE);
    }

    @Test
    void aSalesDirectorReadsEveryAccount() {
        assertThat(policy.levelFor(Caller.of(OUTSIDER, RealmRole.SALES_DIRECTOR), TEAM)).isEqualTo(AccessLevel.READ);
    }

    @Test
    void aSalesDirectorOnTheTeamGetsTheTeamLevel() {
        Caller director = Caller.of(LEO, RealmRole.SALES_DIRECTOR);
        assertThat(policy.levelFor(director, TEAM)).isEqualTo(AccessLevel.CONTRIBUTE);
    }

    @Test
    void marketingSeesTheSummaryOfEveryAccount() {
        assertThat(policy.levelFor(Caller.of(OUTSIDER, RealmRole.MARKETING), TEAM)).isEqualTo(AccessLevel.SUMMARY);
    }

    @Test
    void aKeyAccountManagerOffTheTeamHasNoAccess() {
        assertThat(policy.levelFor(Caller.of(OUTSIDER, RealmRole.KEY_ACCOUNT_MANAGER), TEAM))
                .isEqualTo(AccessLevel.NONE);
    }

    @Test
    void compensationAdminsEmployeesAndTeamMembersOfOtherAccountsHaveNoAccess() {
        Caller caller = Caller.of(OUTSIDER, RealmRole.COMPENSATION_ADMIN, RealmRole.EMPLOYEE,
                RealmRole.ACCOUNT_TEAM_MEMBER);
        assertThat(policy.levelFor(caller, TEAM)).isEqualTo(AccessLevel.NONE);
        assertThat(policy.visibleToCaller(caller, TEAM)).isFalse();
    }

    @Test
    void unknownRoleNamesGrantNothing() {
        assertThat(policy.levelFor(new Caller(OUTSIDER, Set.of("superuser", "KAM-ADMIN")), TEAM))
                .isEqualTo(AccessLevel.NONE);
    }

    @Test
    void anAccountTheCallerMayNotSeeIsNotFound() {
        assertThat(policy.check(Caller.of(OUTSIDER, RealmRole.EMPLOYEE), TEAM, AccountAction.VIEW_SUMMARY))
                .isEqualTo(AccessVerdict.NOT_FOUND);
    }

    @Test
    void marketingAskingForTheFullDossierIsForbiddenNotHidden() {
        Caller marketing = Caller.of(OUTSIDER, RealmRole.MARKETING);
        assertThat(policy.check(marketing, TEAM, AccountAction.VIEW_SUMMARY)).isEqualTo(AccessVerdict.GRANTED);
        assertThat(policy.check(marketing, TEAM, AccountAction.VIEW_DOSSIER)).isEqualTo(AccessVerdict.FORBIDDEN);
    }

    @Test
    void aSalesDirectorReadsButCannotLogInteractions() {
        Caller director = Caller.of(OUTSIDER, RealmRole.SALES_DIRECTOR);
        assertThat(policy.check(director, TEAM, AccountAction.VIEW_DOSSIER)).isEqualTo(AccessVerdict.GRANTED);
        assertThat(policy.check(director, TEAM, AccountAction.LOG_INTERACTION)).isEqualTo(AccessVerdict.FORBIDDEN);
    }

    @Test
    void aTeamMemberLogsInteractionsAndProblemsButCannotChangeTheTeam() {
        Caller leo = Caller.of(LEO);
        assertThat(policy.check(leo, TEAM, AccountAction.LOG_INTERACTION)).isEqualTo(AccessVerdict.GRANTED);
        assertThat(policy.check(leo, TEAM, AccountAction.RECORD_PROBLEM)).isEqualTo(AccessVerdict.GRANTED);
        assertThat(policy.check(leo, TEAM, AccountAction.MANAGE_TEAM)).isEqualTo(AccessVerdict.FORBIDDEN);
    }

    @Test
    void aTeamMemberCannotRecordThePurchaseVolumesTheyArePaidOn() {
        assertThat(policy.check(Caller.of(LEO), TEAM, AccountAction.RECORD_PURCHASE_VOLUME))
                .isEqualTo(AccessVerdict.FORBIDDEN);
        assertThat(policy.check(Caller.of(KATE), TEAM, AccountAction.RECORD_PURCHASE_VOLUME))
                .isEqualTo(AccessVerdict.GRANTED);
    }

    @Test
    void theOwnerMayDoEverything() {
        for (AccountAction action : AccountAction.values()) {
            assertThat(policy.check(Caller.of(KATE), TEAM, action)).as(action.name()).isEqualTo(AccessVerdict.GRANTED);
        }
    }

    @Test
    void accessLevelsIncludeTheLowerOnes() {
        assertThat(AccessLevel.CONTRIBUTE.includes(AccessLevel.READ)).isTrue();
        assertThat(AccessLevel.CONTRIBUTE.includes(AccessLevel.CONTRIBUTE)).isTrue();
        assertThat(AccessLevel.READ.includes(AccessLevel.CONTRIBUTE)).isFalse();
        assertThat(AccessLevel.SUMMARY.includes(AccessLevel.NONE)).isTrue();
    }

    @Test
    void keyAccountManagersAndAdminsMayRegisterAccountsOthersMayNot() {
        assertThat(policy.mayRegisterAccounts(Caller.of(OUTSIDER, RealmRole.KEY_ACCOUNT_MANAGER))).isTrue();
        assertThat(policy.mayRegisterAccounts(Caller.of(OUTSIDER, RealmRole.KAM_ADMIN))).isTrue();
        assertThat(policy.mayRegisterAccounts(Caller.of(OUTSIDER, RealmRole.SALES_DIRECTOR))).isFalse();
        assertThat(policy.mayRegisterAccounts(Caller.of(OUTSIDER, RealmRole.ACCOUNT_TEAM_MEMBER))).isFalse();
    }

    @Test
    void realmRolesAreReadByTheirTokenNames() {
        assertThat(RealmRole.fromRoleName("sales-director")).contains(RealmRole.SALES_DIRECTOR);
        assertThat(RealmRole.fromRoleName("SALES_DIRECTOR")).isEmpty();
    }
}
