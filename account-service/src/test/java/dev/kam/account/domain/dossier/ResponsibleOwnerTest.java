package dev.kam.account.domain.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kam.account.domain.team.AccountTeam;
import dev.kam.account.domain.team.TeamMember;
import dev.kam.account.domain.team.TeamRole;
import dev.kam.account.domain.team.ZoneOfResponsibility;
import dev.kam.kernel.DomainRuleViolation;
import dev.kam.kernel.UserId;
import org.junit.jupiter.api.Test;

class ResponsibleOwnerTest {

    private static final UserId KATE = UserId.of("kate");
    private static final UserId TOM = UserId.of("tom");
    private static final AccountTeam TEAM = AccountTeam.formedBy(KATE, ZoneOfResponsibility.of("Everything"))
            .withMember(TeamMember.of(TOM, TeamRole.TEAM_MEMBER, "Logistics"));

    @Test
    void aTeamMemberMayOwnAProblemOrAction() {
        assertThat(ResponsibleOwner.onTeam(TOM, TEAM)).isEqualTo(TOM);
        assertThat(ResponsibleOwner.onTeam(KATE, TEAM)).isEqualTo(KATE);
    }

    @Test
    void someoneOffTheTeamMayNot() {
        assertThatThrownBy(() -> ResponsibleOwner.onTeam(UserId.of("eve"), TEAM))
                .isInstanceOf(DomainRuleViolation.class)
                .extracting(e -> ((DomainRuleViolation) e).rule()).isEqualTo("owner-not-on-team");
    }
}
