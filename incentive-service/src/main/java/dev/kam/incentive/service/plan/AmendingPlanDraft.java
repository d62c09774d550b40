package dev.kam.incentive.service.plan;

import dev.kam.incentive.domain.pay.BaseShareCap;
import dev.kam.incentive.domain.pay.PayTerms;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.UUID;

/** The open draft's terms are replaced; a version in force never changes (422). */
@ApplicationScoped
public class AmendingPlanDraft {

    private final ChangingPayPlan changing;
    private final PayPlanRecords records;
    private final BaseShareCap cap;

    AmendingPlanDraft(ChangingPayPlan changing, PayPlanRecords records, BaseShareCap cap) {
        this.changing = changing;
        this.records = records;
        this.cap = cap;
    }

    @Transactional
    public PlanView amend(UUID id, String ifMatch, PayTerms terms) {
        records.requireWithinCap(terms);
        return changing.change(id, ifMatch, "DRAFT_AMENDED", versions -> versions.amendDraft(terms, cap));
    }
}
