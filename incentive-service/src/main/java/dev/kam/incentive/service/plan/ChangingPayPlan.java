package dev.kam.incentive.service.plan;

import dev.kam.incentive.domain.pay.PayPlanVersions;
import dev.kam.incentive.repository.AuditSubject;
import dev.kam.incentive.repository.PayPlanEntity;
import dev.kam.incentive.repository.PayPlanRepository;
import dev.kam.incentive.service.access.IncentiveAccess;
import dev.kam.incentive.service.audit.AuditTrail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * The one way a stored plan changes: against the version the caller read (412 when stale), through
 * the domain's rules, written back and audited with its state before and after. The acts on plans
 * ({@link AmendingPlanDraft}, {@link IssuingPlanVersion}, {@link PuttingPlanInForce}) name the change.
 */
@ApplicationScoped
public class ChangingPayPlan {

    private final PayPlanRepository plans;
    private final PayPlanRecords records;
    private final AuditTrail audit;
    private final IncentiveAccess access;
    private final Clock clock;

    ChangingPayPlan(PayPlanRepository plans, PayPlanRecords records, AuditTrail audit, IncentiveAccess access,
            Clock clock) {
        this.plans = plans;
        this.records = records;
        this.audit = audit;
        this.access = access;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public PlanView change(UUID id, String ifMatch, String action, UnaryOperator<PayPlanVersions> change) {
        PayPlanEntity plan = records.requireForChange(id, ifMatch);
        PlanView before = records.view(plan);
        PayPlanVersions changed = change.apply(records.toDomain(plan));
        records.write(changed, plan);
        // changing updatedAt makes the plan row itself dirty, so its version (the ETag) moves with any change
        plan.updatedAt = Instant.now(clock);
        plans.flush();
        PlanView after = records.view(plan);
        audit.record(AuditSubject.PAY_PLAN, id.toString(), action, access.caller().userId(), before, after);
        return after;
    }
}
