package dev.kam.account.service.concession;

import dev.kam.account.domain.access.AccountAction;
import dev.kam.account.domain.dossier.Interaction;
import dev.kam.account.domain.dossier.InteractionKind;
import dev.kam.account.domain.negotiation.Concession;
import dev.kam.account.repository.ConcessionEntity;
import dev.kam.account.repository.ConcessionRepository;
import dev.kam.account.repository.InteractionEntity;
import dev.kam.account.repository.InteractionRepository;
import dev.kam.account.service.access.AccountAccess;
import dev.kam.account.service.audit.DossierAudit;
import dev.kam.account.service.calendar.CompanyCalendar;
import dev.kam.kernel.UserId;
import dev.kam.plumbing.problem.HttpStatuses;
import dev.kam.plumbing.problem.ProblemException;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Recording a concession given or received outside (or after) logging its negotiation, so the
 * tit-for-tat balance stays complete: anyone on the team may.
 */
@ApplicationScoped
public class RecordingConcession {

    private final AccountAccess access;
    private final ConcessionRepository concessions;
    private final InteractionRepository interactions;
    private final DossierAudit audit;
    private final CompanyCalendar calendar;

    RecordingConcession(AccountAccess access, ConcessionRepository concessions, InteractionRepository interactions,
            DossierAudit audit, CompanyCalendar calendar) {
        this.access = access;
        this.concessions = concessions;
        this.interactions = interactions;
        this.audit = audit;
        this.calendar = calendar;
    }

    @Transactional
    public ConcessionView record(UUID accountId, NewConcession draft) {
        access.require(accountId, AccountAction.RECORD_CONCESSION);
        draft.interactionId().ifPresent(interactionId -> Interaction.requireAcceptsConcessions(
                kindOf(accountId, interactionId)));
        UserId caller = access.caller().userId();
        ConcessionEntity entity = entityOf(accountId, draft.interactionId().orElse(null), draft.concession(), caller,
                calendar.now());
        concessions.persist(entity);

        Map<String, Object> changes = new LinkedHashMap<>();
        changes.put("concessionId", entity.id.toString());
        changes.put("direction", entity.direction);
        if (entity.interactionId != null) {
            changes.put("interactionId", entity.interactionId.toString());
        }
        if (entity.valueAmount != null) {
            changes.put("value", entity.valueAmount.toPlainString() + " " + entity.valueCurrency);
        }
        audit.record(accountId, "CONCESSION_RECORDED", changes);
        Log.infof("Concession %s (%s) recorded on account %s", entity.id, entity.direction, accountId);
        return ConcessionView.of(entity);
    }

    public static ConcessionEntity entityOf(UUID accountId, UUID interactionId, Concession concession, UserId recordedBy,
            Instant now) {
        ConcessionEntity entity = new ConcessionEntity();
        entity.id = UUID.randomUUID();
        entity.accountId = accountId;
        entity.interactionId = interactionId;
        entity.direction = concession.direction();
        entity.description = concession.description();
        concession.value().ifPresent(value -> {
            entity.valueAmount = value.amount();
            entity.valueCurrency = value.currency().getCurrencyCode();
        });
        entity.recordedBy = recordedBy.value();
        entity.recordedAt = now;
        return entity;
    }

    private InteractionKind kindOf(UUID accountId, UUID interactionId) {
        InteractionEntity interaction = interactions.findInAccount(accountId, interactionId)
                .orElseThrow(() -> new ProblemException(HttpStatuses.UNPROCESSABLE_CONTENT, "Unknown interaction",
                        "Interaction " + interactionId + " is not in this account's history"));
        return interaction.kind;
    }
}
