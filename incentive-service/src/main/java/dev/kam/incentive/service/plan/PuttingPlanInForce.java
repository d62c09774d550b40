package dev.kam.incentive.service.plan;

import dev.kam.incentive.domain.pay.PayPlanVersions;
import dev.kam.incentive.repository.PayPlanRepository;
import dev.kam.incentive.service.access.IncentiveAccess;
import dev.kam.incentive.service.statement.FollowingTheFacts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.UUID;

/**
 * The draft is put in force; the version in force before it is superseded and kept on record. The
 * employee's statement for the period opens with it, or its draft follows the new terms.
 */
@ApplicationScoped
public class PuttingPlanInForce {

    private final ChangingPayPlan changing;
    private final PayPlanRepository plans;
    private final FollowingTheFacts statements;
    private final IncentiveAccess access;

    PuttingPlanInForce(ChangingPayPlan changing, PayPlanRepository plans, FollowingTheFacts statements,
            IncentiveAccess access) {
        this.changing = changing;
        this.plans = plans;
        this.statements = statements;
        this.access = access;
    }

    @Transactional
    public PlanView putInForce(UUID id, String ifMatch) {
        PlanView plan = changing.change(id, ifMatch, "PUT_IN_FORCE", PayPlanVersions::putDraftInForce);
        statements.planChanged(plans.findById(id), access.caller().userId());
        return plan;
    }
}
