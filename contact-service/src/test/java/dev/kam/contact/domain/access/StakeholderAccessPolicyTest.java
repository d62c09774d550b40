package dev.kam.contact.domain.access;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kam.kernel.UserId;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StakeholderAccessPolicyTest {

    private static final UserId KATE = UserId.of("kate");
    private static final UserId MAX = UserId.of("max");
    private static final UserId OTHER = UserId.of("other");
    private static final ReplicatedTeam TEAM = new ReplicatedTeam(Map.of(KATE, "KAM", MAX, "MARKETING"));
    private final StakeholderAccessPolicy policy = new StakeholderAccessPolicy();

    private AccessVerdict check(UserId who, Set<String> roles, PeopleAction action) {
        return policy.check(new Caller(who, roles), TEAM, action);
    }

    @Test
    void aNegotiatingTeamMemberMayDoEverything() {
        for (PeopleAction action : PeopleAction.values()) {
            assertThat(check(KATE, Set.of("key-account-manager"), action)).as(action.name())
                    .isEqualTo(AccessVerdict.ALLOWED);
        }
    }

    @Test
    void marketingOnTheTeamWorksWithPeopleButNotWithProfiles() {
        assertThat(check(MAX, Set.of("marketing"), PeopleAction.WRITE_PEOPLE)).isEqualTo(AccessVerdict.ALLOWED);
        assertThat(check(MAX, Set.of("marketing"), PeopleAction.READ_PROFILE_AUDIT)).isEqualTo(AccessVerdict.ALLOWED);
        assertThat(check(MAX, Set.of("marketing"), PeopleAction.HANDLE_PERSONAL_DATA))
                .isEqualTo(AccessVerdict.FORBIDDEN);
        assertThat(check(MAX, Set.of("marketing"), PeopleAction.ERASE_PERSONAL_DATA))
                .isEqualTo(AccessVerdict.FORBIDDEN);
    }

    @Test
    void aDirectorOffTheTeamReadsPeopleAndCoverageButNeverProfiles() {
        Set<String> director = Set.of("sales-director");
        assertThat(check(OTHER, director, PeopleAction.READ_PEOPLE)).isEqualTo(AccessVerdict.ALLOWED);
        assertThat(check(OTHER, director, PeopleAction.READ_COVERAGE)).isEqualTo(AccessVerdict.ALLOWED);
        assertThat(check(OTHER, director, PeopleAction.WRITE_PEOPLE)).isEqualTo(AccessVerdict.FORBIDDEN);
        assertThat(check(OTHER, director, PeopleAction.HANDLE_PERSONAL_DATA)).isEqualTo(AccessVerdict.FORBIDDEN);
        assertThat(check(OTHER, director, PeopleAction.ERASE_PERSONAL_DATA)).isEqualTo(AccessVerdict.FORBIDDEN);
    }

    @Test
    void anAdminOffTheTeamMayEraseButNotReadAProfile() {
        Set<String> admin = Set.of("kam-admin");
        assertThat(check(OTHER, admin, PeopleAction.ERASE_PERSONAL_DATA)).isEqualTo(AccessVerdict.ALLOWED);
        assertThat(check(OTHER, admin, PeopleAction.HANDLE_PERSONAL_DATA)).isEqualTo(AccessVerdict.FORBIDDEN);
        assertThat(check(OTHER, admin, PeopleAction.READ_PROFILE_AUDIT)).isEqualTo(AccessVerdict.FORBIDDEN);
    }

    @Test
    void marketingOffTheTeamSeesCoverageOnly() {
        Set<String> marketing = Set.of("marketing");
        assertThat(check(OTHER, marketing, PeopleAction.READ_COVERAGE)).isEqualTo(AccessVerdict.ALLOWED);
        assertThat(check(OTHER, marketing, PeopleAction.READ_PEOPLE)).isEqualTo(AccessVerdict.FORBIDDEN);
    }

    @Test
    void anyoneElseFindsNothing() {
        for (PeopleAction action : PeopleAction.values()) {
            assertThat(check(OTHER, Set.of("employee", "key-account-manager"), action)).as(action.name())
                    .isEqualTo(AccessVerdict.NOT_FOUND);
        }
    }
}
