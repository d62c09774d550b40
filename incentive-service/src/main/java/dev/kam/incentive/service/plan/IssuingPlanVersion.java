package dev.kam.incentive.service.plan;

import dev.kam.incentive.domain.pay.BaseShareCap;
import dev.kam.incentive.domain.pay.PayTerms;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.UUID;

/** A new version drafted after the last one; the version in force stays in force until it is put in force. */
@ApplicationScoped
public class IssuingPlanVersion {

    private final ChangingPayPlan changing;
    private final PayPlanRecords records;
    private final BaseShareCap cap;

    IssuingPlanVersion(ChangingPayPlan changing, PayPlanRecords records, BaseShareCap cap) {
        this.changing = changing;
        this.records = records;
        this.cap = cap;
    }

    @Transactional
    public PlanView issue(UUID id, String ifMatch, PayTerms terms) {
        records.requireWithinCap(terms);
        return changing.change(id, ifMatch, "VERSION_ISSUED", versions -> versions.newVersion(terms, cap));
    }
}
