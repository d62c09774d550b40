package dev.kam.account.service.status;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kam.account.domain.access.AccountAction;
import dev.kam.account.domain.status.LossCause;
import dev.kam.account.domain.status.LossReview;
import dev.kam.account.domain.status.MarketPosition;
import dev.kam.account.domain.status.StatusChangeRequest;
import dev.kam.account.domain.status.StatusChanged;
import dev.kam.account.domain.status.StatusTransitionPolicy;
import dev.kam.account.event.AccountEventMapping;
import dev.kam.account.repository.AccountEntity;
import dev.kam.account.repository.AccountRepository;
import dev.kam.account.repository.LossReviewEntity;
import dev.kam.account.repository.LossReviewRepository;
import dev.kam.account.service.access.AccountAccess;
import dev.kam.account.service.audit.DossierAudit;
import dev.kam.account.service.dossier.AccountDossier;
import dev.kam.events.account.AccountEvents;
import dev.kam.kernel.UserId;
import dev.kam.plumbing.http.EntityVersions;
import dev.kam.plumbing.outbox.Outbox;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Moving an account to another status under {@link StatusTransitionPolicy}. Marking it LOST stores
 * its loss review, so the causes and lessons can be searched later.
 */
@ApplicationScoped
public class ChangingAccountStatus {

    private final AccountRepository accounts;
    private final LossReviewRepository lossReviews;
    private final AccountAccess access;
    private final DossierAudit audit;
    private final Outbox outbox;
    private final ObjectMapper objectMapper;
    private final Clock clock;
    private final StatusTransitionPolicy statuses = new StatusTransitionPolicy();

    ChangingAccountStatus(AccountRepository accounts, LossReviewRepository lossReviews, AccountAccess access,
            DossierAudit audit, Outbox outbox, ObjectMapper objectMapper, Clock clock) {
        this.accounts = accounts;
        this.lossReviews = lossReviews;
        this.access = access;
        this.audit = audit;
        this.outbox = outbox;
        this.objectMapper = objectMapper;
        this.clock = clock;
    }

    /**
     * @param ifMatch the ETag the caller read; optional here (the policy already refuses a change from
     *                a status the account no longer has), but checked when sent
     */
    @Transactional
    public AccountDossier change(UUID accountId, String ifMatch, StatusChangeRequest request) {
        AccountEntity account = access.require(accountId, AccountAction.CHANGE_STATUS);
        if (ifMatch != null) {
            EntityVersions.requireMatch(ifMatch, account.version);
        }
        StatusChanged fact = statuses.change(account.status, request);
        UserId changedBy = access.caller().userId();
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);

        account.status = fact.status();
        account.marketState = fact.marketPosition().map(MarketPosition::state).orElse(null);
        account.competitor = fact.marketPosition().flatMap(MarketPosition::competitor).orElse(null);
        account.updatedAt = now;
        Map<String, Object> changes = new LinkedHashMap<>();
        changes.put("previousStatus", fact.previous().name());
        changes.put("status", fact.status().name());
        changes.put("marketState", account.marketState);
        changes.put("competitor", account.competitor);
        fact.lossReview().ifPresent(review -> {
            LossReviewEntity stored = store(accountId, review, changedBy, now);
            changes.put("lossCauses", review.causes().stream().map(LossCause::text).toList());
            changes.put("lossReviewId", stored.id);
        });
        accounts.flush();

        audit.record(accountId, "STATUS_CHANGED", changes);
        outbox.record(AccountEvents.STATUS_CHANGED, accountId.toString(), accountId.toString(),
                AccountEventMapping.statusChanged(accountId, fact, changedBy, now));
        Log.infof("Account %s moved from %s to %s by %s", accountId, fact.previous(), fact.status(), changedBy);
        return AccountDossier.of(account, access.levelOn(account));
    }

    private LossReviewEntity store(UUID accountId, LossReview review, UserId reviewedBy, Instant now) {
        LossReviewEntity stored = new LossReviewEntity();
        stored.id = UUID.randomUUID();
        stored.accountId = accountId;
        stored.causes = toJson(review.causes().stream().map(LossCause::text).toList());
        stored.lessons = review.lessonsLearned();
        stored.reviewedBy = reviewedBy.value();
        stored.reviewedAt = now;
        lossReviews.persist(stored);
        return stored;
    }

    private String toJson(Object value) {
        try {
            return objectMapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Loss causes cannot be written as JSON", e);
        }
    }
}
