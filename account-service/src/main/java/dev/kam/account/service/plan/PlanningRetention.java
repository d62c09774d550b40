package dev.kam.account.service.plan;

import dev.kam.account.domain.access.AccountAction;
import dev.kam.account.domain.dossier.PlanAction;
import dev.kam.account.domain.dossier.PlanObjective;
import dev.kam.account.domain.dossier.ResponsibleOwner;
import dev.kam.account.repository.AccountEntity;
import dev.kam.account.repository.PlanActionEntity;
import dev.kam.account.repository.PlanActionRepository;
import dev.kam.account.repository.PlanObjectiveEntity;
import dev.kam.account.repository.PlanObjectiveRepository;
import dev.kam.account.service.access.AccountAccess;
import dev.kam.account.service.audit.DossierAudit;
import dev.kam.account.service.calendar.CompanyCalendar;
import dev.kam.kernel.UserId;
import dev.kam.plumbing.directory.PeopleDirectory;
import dev.kam.plumbing.problem.ProblemException;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Building an account's retention and loyalty plan: objectives, and actions with an owner on the
 * team and a due date. Changing the plan is for those who manage the account.
 */
@ApplicationScoped
public class PlanningRetention {

    private final AccountAccess access;
    private final PlanObjectiveRepository objectives;
    private final PlanActionRepository actions;
    private final DossierAudit audit;
    private final CompanyCalendar calendar;
    private final PeopleDirectory directory;

    PlanningRetention(AccountAccess access, PlanObjectiveRepository objectives, PlanActionRepository actions,
            DossierAudit audit, CompanyCalendar calendar, PeopleDirectory directory) {
        this.directory = directory;
        this.access = access;
        this.objectives = objectives;
        this.actions = actions;
        this.audit = audit;
        this.calendar = calendar;
    }

    @Transactional
    public PlanObjectiveView addObjective(UUID accountId, String title, Optional<String> description) {
        access.require(accountId, AccountAction.EDIT_PLAN);
        PlanObjective objective = PlanObjective.added(title, description, objectives.countOfAccount(accountId));
        PlanObjectiveEntity stored = new PlanObjectiveEntity();
        stored.id = UUID.randomUUID();
        stored.accountId = accountId;
        stored.title = objective.title();
        stored.description = objective.description().orElse(null);
        stored.createdAt = calendar.now();
        objectives.persist(stored);

        audit.record(accountId, "PLAN_OBJECTIVE_ADDED", Map.of("objectiveId", stored.id.toString(),
                "title", stored.title));
        Log.infof("Plan objective %s added on account %s", stored.id, accountId);
        return PlanObjectiveView.of(stored, List.of());
    }

    @Transactional
    public PlanActionView addAction(UUID accountId, UUID objectiveId, NewPlanAction draft) {
        AccountEntity account = access.require(accountId, AccountAction.EDIT_PLAN);
        objectives.findInAccount(accountId, objectiveId)
                .orElseThrow(() -> ProblemException.notFound("Plan objective " + objectiveId));
        PlanObjective.requireRoomForAction(actions.countOfObjective(objectiveId));
        // the caller is proven by their token; an owner named in the request must be one of our people
        draft.owner().ifPresent(named -> directory.requireKnown("ownerId", named));
        UserId owner = ResponsibleOwner.onTeam(draft.owner().orElse(access.caller().userId()),
                AccountAccess.teamOf(account));
        LocalDate today = calendar.today();
        PlanAction action = PlanAction.planned(draft.title(), owner, draft.dueOn(), draft.status(), today);

        PlanActionEntity stored = new PlanActionEntity();
        stored.id = UUID.randomUUID();
        stored.objectiveId = objectiveId;
        stored.accountId = accountId;
        StoredPlanAction.write(action, stored);
        actions.persist(stored);

        Map<String, Object> changes = new LinkedHashMap<>();
        changes.put("actionId", stored.id.toString());
        changes.put("objectiveId", objectiveId.toString());
        changes.put("title", stored.title);
        changes.put("ownerId", stored.ownerId);
        changes.put("dueOn", stored.dueOn.toString());
        changes.put("status", stored.status);
        audit.record(accountId, "PLAN_ACTION_ADDED", changes);
        Log.infof("Plan action %s added to objective %s on account %s", stored.id, objectiveId, accountId);
        return PlanActionView.of(stored, today);
    }
}
