package dev.kam.account.service.interaction;

import dev.kam.account.domain.access.AccountAction;
import dev.kam.account.domain.dossier.Interaction;
import dev.kam.account.domain.negotiation.Concession;
import dev.kam.account.event.InteractionEventMapping;
import dev.kam.account.repository.ConcessionEntity;
import dev.kam.account.repository.ConcessionRepository;
import dev.kam.account.repository.InteractionEntity;
import dev.kam.account.repository.InteractionRepository;
import dev.kam.account.repository.StakeholderReplicaRepository;
import dev.kam.account.service.access.AccountAccess;
import dev.kam.account.service.audit.DossierAudit;
import dev.kam.account.service.calendar.CompanyCalendar;
import dev.kam.account.service.concession.ConcessionView;
import dev.kam.account.service.concession.RecordingConcession;
import dev.kam.account.service.health.HealthFactsChanged;
import dev.kam.events.account.AccountEvents;
import dev.kam.kernel.UserId;
import dev.kam.plumbing.directory.PeopleDirectory;
import dev.kam.plumbing.outbox.Outbox;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Logging a contact with the client: anyone on the team may. The account's last contact moves
 * forward (never back, so logging an old meeting late does not hide an overdue contact), the
 * concessions of a negotiation are recorded with it, the audit trail notes it and InteractionLogged
 * is published, all in one transaction.
 */
@ApplicationScoped
public class LoggingInteraction {

    private final AccountAccess access;
    private final InteractionRepository interactions;
    private final ConcessionRepository concessions;
    private final DossierAudit audit;
    private final Outbox outbox;
    private final CompanyCalendar calendar;
    private final Event<HealthFactsChanged> factsChanged;
    private final PeopleDirectory directory;
    private final StakeholderReplicaRepository stakeholders;

    LoggingInteraction(AccountAccess access, InteractionRepository interactions, ConcessionRepository concessions,
            DossierAudit audit, Outbox outbox, CompanyCalendar calendar,
            Event<HealthFactsChanged> factsChanged, PeopleDirectory directory,
            StakeholderReplicaRepository stakeholders) {
        this.directory = directory;
        this.stakeholders = stakeholders;
        this.access = access;
        this.interactions = interactions;
        this.concessions = concessions;
        this.audit = audit;
        this.outbox = outbox;
        this.calendar = calendar;
        this.factsChanged = factsChanged;
    }

    @Transactional
    public InteractionView log(UUID accountId, NewInteraction draft) {
        access.require(accountId, AccountAction.LOG_INTERACTION);
        UserId caller = access.caller().userId();
        List<UserId> named = draft.ourParticipants();
        for (int i = 0; i < named.size(); i++) {
            directory.requireKnown("ourParticipantIds[" + i + "]", named.get(i));
        }
        Instant now = calendar.now();
        Interaction interaction = Interaction.logged(draft.kind(), draft.occurredAt().truncatedTo(ChronoUnit.MICROS),
                draft.ourParticipants().isEmpty() ? List.of(caller) : draft.ourParticipants(), draft.stakeholderIds(),
                draft.summary(), draft.outcome(), draft.nextStep(), draft.followUpOn(), draft.concessions(), now);

        InteractionEntity stored = store(accountId, interaction, caller, now);
        List<ConcessionView> recorded = new ArrayList<>();
        for (Concession concession : interaction.concessions()) {
            ConcessionEntity entity = RecordingConcession.entityOf(accountId, stored.id, concession, caller, now);
            concessions.persist(entity);
            recorded.add(ConcessionView.of(entity));
        }
        interactions.advanceLastContact(accountId, interaction.occurredAt());

        Map<String, Object> changes = new LinkedHashMap<>();
        changes.put("interactionId", stored.id.toString());
        changes.put("kind", stored.kind);
        changes.put("occurredAt", stored.occurredAt.toString());
        changes.put("outcome", stored.outcome);
        changes.put("concessions", recorded.size());
        audit.record(accountId, "INTERACTION_LOGGED", changes);
        factsChanged.fire(HealthFactsChanged.of(accountId));
        outbox.record(AccountEvents.INTERACTION_LOGGED, accountId.toString(), stored.id.toString(),
                InteractionEventMapping.logged(stored));
        Log.infof("Interaction %s (%s) logged on account %s with %d concessions", stored.id, stored.kind, accountId,
                recorded.size());
        return InteractionView.of(stored, recorded, stakeholders.namesOf(accountId, interaction.stakeholderIds()));
    }

    private InteractionEntity store(UUID accountId, Interaction interaction, UserId caller, Instant now) {
        InteractionEntity entity = new InteractionEntity();
        entity.id = UUID.randomUUID();
        entity.accountId = accountId;
        entity.kind = interaction.kind();
        entity.occurredAt = interaction.occurredAt();
        entity.ourParticipants = new ArrayList<>(interaction.ourParticipants().stream().map(UserId::value).toList());
        entity.stakeholderIds = new ArrayList<>(interaction.stakeholderIds().stream().map(UUID::toString).toList());
        entity.summary = interaction.summary();
        entity.outcome = interaction.outcome();
        entity.nextStep = interaction.nextStep().orElse(null);
        entity.followUpOn = interaction.followUpOn().orElse(null);
        entity.loggedBy = caller.value();
        entity.loggedAt = now;
        interactions.persist(entity);
        return entity;
    }
}
