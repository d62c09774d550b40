package dev.kam.incentive.domain.pay;

import static dev.kam.incentive.domain.pay.PlanFixtures.KAM;
import static dev.kam.incentive.domain.pay.PlanFixtures.QUARTER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kam.kernel.DomainRuleViolation;
import dev.kam.kernel.period.Period;
import org.junit.jupiter.api.Test;

class PayPlanVersionsTest {

    private static final BaseShareCap CAP = BaseShareCap.defaults();

    private static PayPlanVersions inForce() {
        return PayPlanVersions.start(KAM, QUARTER, PlanFixtures.standardTerms(), CAP).putDraftInForce();
    }

    private static String ruleOf(Throwable e) {
        return ((DomainRuleViolation) e).rule();
    }

    @Test
    void aNewPlanStartsAsDraftVersionOne() {
        PayPlanVersions plan = PayPlanVersions.start(KAM, QUARTER, PlanFixtures.standardTerms(), CAP);
        assertThat(plan.latest().version()).isEqualTo(1);
        assertThat(plan.latest().status()).isEqualTo(PlanStatus.DRAFT);
        assertThat(plan.inForce()).isEmpty();
    }

    @Test
    void aPlanBreakingTheBaseCapIsRefused() {
        assertThatThrownBy(() -> PayPlanVersions.start(KAM, QUARTER, PlanFixtures.terms("10000", "7001"), CAP))
                .isInstanceOf(DomainRuleViolation.class)
                .extracting(PayPlanVersionsTest::ruleOf)
                .isEqualTo(BaseShareCap.RULE);
    }

    @Test
    void plansRunForAQuarterAHalfYearOrAYearButNotAMonth() {
        assertThat(PayPlanVersions.start(KAM, Period.half(2026, 1), PlanFixtures.standardTerms(), CAP).latest().period())
                .isEqualTo(Period.half(2026, 1));
        assertThat(PayPlanVersions.start(KAM, Period.year(2026), PlanFixtures.standardTerms(), CAP).latest().period())
                .isEqualTo(Period.year(2026));
        assertThatThrownBy(() -> PayPlanVersions.start(KAM, Period.month(2026, 4), PlanFixtures.standardTerms(), CAP))
                .isInstanceOf(DomainRuleViolation.class)
                .extracting(PayPlanVersionsTest::ruleOf)
                .isEqualTo(PayPlan.PAY_PERIOD_RULE);
    }

    @Test
    void aDraftMayBeAmendedKeepingItsVersion() {
        PayPlanVersions amended = PayPlanVersions.start(KAM, QUARTER, PlanFixtures.standardTerms(), CAP)
                .amendDraft(PlanFixtures.terms("12000", "8000"), CAP);
        assertThat(amended.versions()).hasSize(1);
        assertThat(amended.latest().terms().base()).isEqualTo(PlanFixtures.terms("12000", "8000").base());
    }

    @Test
    void anAmendmentMustStillRespectTheCap() {
        PayPlanVersions draft = PayPlanVersions.start(KAM, QUARTER, PlanFixtures.standardTerms(), CAP);
        assertThatThrownBy(() -> draft.amendDraft(PlanFixtures.terms("10000", "7500"), CAP))
                .isInstanceOf(DomainRuleViolation.class);
    }

    @Test
    void aPlanInForceCannotBeAmended() {
        PayPlan inForce = inForce().inForce().orElseThrow();
        assertThatThrownBy(() -> inForce.amend(PlanFixtures.terms("12000", "8000"), CAP))
                .isInstanceOf(DomainRuleViolation.class)
                .extracting(PayPlanVersionsTest::ruleOf)
                .isEqualTo(PayPlan.IN_FORCE_RULE);
        assertThatThrownBy(() -> inForce().amendDraft(PlanFixtures.terms("12000", "8000"), CAP))
                .isInstanceOf(DomainRuleViolation.class)
                .extracting(PayPlanVersionsTest::ruleOf)
                .isEqualTo(PayPlanVersions.NO_DRAFT_RULE);
    }

    @Test
    void aPlanInForceChangesByANewVersionWhileTheOldOneStaysInForce() {
        PayPlanVersions revised = inForce().newVersion(PlanFixtures.terms("12000", "8000"), CAP);
        assertThat(revised.latest().version()).isEqualTo(2);
        assertThat(revised.latest().status()).isEqualTo(PlanStatus.DRAFT);
        assertThat(revised.inForce().orElseThrow().version()).isEqualTo(1);
    }

    @Test
    void puttingTheNewVersionInForceSupersedesTheOldOneWhichStaysOnRecord() {
        PayPlanVersions revised = inForce().newVersion(PlanFixtures.terms("12000", "8000"), CAP).putDraftInForce();
        assertThat(revised.inForce().orElseThrow().version()).isEqualTo(2);
        assertThat(revised.versions().get(0).status()).isEqualTo(PlanStatus.SUPERSEDED);
        assertThat(revised.versions().get(0).terms()).isEqualTo(PlanFixtures.standardTerms());
    }

    @Test
    void onlyOneDraftAtATime() {
        PayPlanVersions revised = inForce().newVersion(PlanFixtures.terms("12000", "8000"), CAP);
        assertThatThrownBy(() -> revised.newVersion(PlanFixtures.standardTerms(), CAP))
                .isInstanceOf(DomainRuleViolation.class)
                .extracting(PayPlanVersionsTest::ruleOf)
                .isEqualTo(PayPlanVersions.OPEN_DRAFT_RULE);
    }
}
