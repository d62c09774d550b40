package dev.kam.contact.domain.role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class RoleGuidanceTest {

    private static List<String> codes(BuyingCentreRole role) {
        return RoleGuidance.forRole(role).rules().stream().map(GuidanceRule::code).toList();
    }

    @Test
    void everyRoleHasAPurposeAndAtLeastOneRule() {
        for (BuyingCentreRole role : BuyingCentreRole.values()) {
            RoleGuidance guidance = RoleGuidance.forRole(role);
            assertThat(guidance.role()).isEqualTo(role);
            assertThat(guidance.purpose()).isNotBlank();
            assertThat(guidance.rules()).isNotEmpty();
        }
    }

    @Test
    void withALeaderWeAddressHisOwnPerformanceCriteria() {
        assertThat(codes(BuyingCentreRole.LEADER)).containsExactly("leader-address-own-criteria");
    }

    @Test
    void aSpecifierIsKeptInformedListenedToAndMadeAnAlly() {
        assertThat(codes(BuyingCentreRole.SPECIFIER))
                .containsExactly("specifier-keep-informed", "specifier-heed-advice", "specifier-win-as-ally");
    }

    @Test
    void weGoBeyondAHelperOnlyWithHisPermissionEarnedByHelpingHim() {
        assertThat(codes(BuyingCentreRole.HELPER)).containsExactly("helper-expect-price-focus",
                "helper-bypass-only-with-permission", "helper-earn-permission");
    }

    @Test
    void aButlerHasThreeRulesInTheirOrder() {
        assertThat(codes(BuyingCentreRole.BUTLER)).containsExactly("butler-respect-his-rights",
                "butler-seek-other-contacts", "butler-earn-trust-patiently");
    }

    @Test
    void ruleCodesAreUniqueAcrossAllRoles() {
        List<String> all = Arrays.stream(BuyingCentreRole.values()).flatMap(r -> codes(r).stream()).toList();
        assertThat(all).doesNotHaveDuplicates();
    }

    @Test
    void aGuidanceRuleCodeMustBeKebabCaseAndItsTextPresent() {
        assertThatThrownBy(() -> new GuidanceRule("Not Kebab", "text")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new GuidanceRule("ok-code", " ")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void guidanceNeedsAtLeastOneRule() {
        assertThatThrownBy(() -> new RoleGuidance(BuyingCentreRole.LEADER, "purpose", List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void guidanceRulesCannotBeChanged() {
        List<GuidanceRule> rules = RoleGuidance.forRole(BuyingCentreRole.BUTLER).rules();
        assertThatThrownBy(rules::clear).isInstanceOf(UnsupportedOperationException.class);
    }
}
