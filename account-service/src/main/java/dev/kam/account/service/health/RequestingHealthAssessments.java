package dev.kam.account.service.health;

import dev.kam.account.domain.access.AccountAction;
import dev.kam.account.service.access.AccountAccess;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.UUID;

/** A team member asks for a fresh assessment now, rather than waiting for the scheduled pass. */
@ApplicationScoped
public class RequestingHealthAssessments {

    private final AccountAccess access;
    private final AssessingAccountHealth health;

    RequestingHealthAssessments(AccountAccess access, AssessingAccountHealth health) {
        this.access = access;
        this.health = health;
    }

    @Transactional
    public HealthAssessmentView assessNow(UUID accountId) {
        access.require(accountId, AccountAction.ASSESS_HEALTH);
        return health.reassess(accountId).map(HealthAssessmentView::of)
                .orElseThrow(() -> new IllegalStateException("Account " + accountId + " vanished while assessed"));
    }
}
