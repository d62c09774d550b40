package dev.kam.contact.service.role;

import dev.kam.contact.domain.access.PeopleAction;
import dev.kam.contact.repository.PurchaseDecisionEntity;
import dev.kam.contact.repository.PurchaseDecisionRepository;
import dev.kam.contact.service.access.StakeholderAccess;
import dev.kam.kernel.BoundedText;
import dev.kam.plumbing.replica.AccountReplicaEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/** The team names a buying centre for one deal or tender, in which roles may differ from the account's. */
@ApplicationScoped
@Transactional
public class OpeningPurchaseDecision {

    public static final int MAX_NAME_LENGTH = 200;

    private final StakeholderAccess access;
    private final PurchaseDecisionRepository decisions;
    private final Clock clock;

    OpeningPurchaseDecision(StakeholderAccess access, PurchaseDecisionRepository decisions, Clock clock) {
        this.access = access;
        this.decisions = decisions;
        this.clock = clock;
    }

    public PurchaseDecisionView open(UUID accountId, String name) {
        AccountReplicaEntity account = access.requireForNew(accountId, PeopleAction.WRITE_PEOPLE);
        PurchaseDecisionEntity decision = new PurchaseDecisionEntity();
        decision.id = UUID.randomUUID();
        decision.accountId = account.accountId;
        decision.name = BoundedText.required(name, "decision name", MAX_NAME_LENGTH);
        decision.createdBy = access.caller().id().value();
        decision.createdAt = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        decisions.persist(decision);
        return PurchaseDecisionView.of(decision);
    }
}
