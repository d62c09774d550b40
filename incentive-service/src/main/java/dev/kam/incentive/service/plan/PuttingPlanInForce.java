package dev.kam.incentive.service.plan;

import dev.kam.incentive.domain.pay.PayPlanVersions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.UUID;

/** The draft is put in force; the version in force before it is superseded and kept on record. */
@ApplicationScoped
public class PuttingPlanInForce {

    private final ChangingPayPlan changing;

    PuttingPlanInForce(ChangingPayPlan changing) {
        this.changing = changing;
    }

    @Transactional
    public PlanView putInForce(UUID id, String ifMatch) {
        return changing.change(id, ifMatch, "PUT_IN_FORCE", PayPlanVersions::putDraftInForce);
    }
}
