package dev.kam.account.service.plan;

import dev.kam.account.domain.access.AccountAction;
import dev.kam.account.domain.dossier.PlanAction;
import dev.kam.account.domain.dossier.ResponsibleOwner;
import dev.kam.account.repository.AccountEntity;
import dev.kam.account.repository.PlanActionEntity;
import dev.kam.account.repository.PlanActionRepository;
import dev.kam.account.service.access.AccountAccess;
import dev.kam.account.service.audit.DossierAudit;
import dev.kam.account.service.calendar.CompanyCalendar;
import dev.kam.account.service.health.HealthFactsChanged;
import dev.kam.kernel.UserId;
import dev.kam.plumbing.directory.PeopleDirectory;
import dev.kam.plumbing.http.EntityVersions;
import dev.kam.plumbing.problem.ProblemException;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Changing a plan action. Its owner may report progress (the status) on their own; anything else
 * (title, owner, due date, or someone else's status) is a change of the plan, for those who manage
 * the account. Either way against the version the caller read.
 */
@ApplicationScoped
public class ChangingPlanAction {

    private final AccountAccess access;
    private final PlanActionRepository actions;
    private final DossierAudit audit;
    private final CompanyCalendar calendar;
    private final Event<HealthFactsChanged> factsChanged;
    private final PeopleDirectory directory;

    ChangingPlanAction(AccountAccess access, PlanActionRepository actions, DossierAudit audit,
            CompanyCalendar calendar, Event<HealthFactsChanged> factsChanged, PeopleDirectory directory) {
        this.directory = directory;
        this.access = access;
        this.actions = actions;
        this.audit = audit;
        this.calendar = calendar;
        this.factsChanged = factsChanged;
    }

    @Transactional
    public PlanActionView change(UUID accountId, UUID actionId, String ifMatch, PlanActionChanges changes) {
        AccountEntity account = access.require(accountId, AccountAction.VIEW_DOSSIER);
        PlanActionEntity stored = actions.findInAccount(accountId, actionId)
                .orElseThrow(() -> ProblemException.notFound("Plan action " + actionId));
        LocalDate today = calendar.today();
        PlanAction current = StoredPlanAction.read(stored);
        Optional<UserId> newOwner = changes.owner().filter(named -> !named.equals(current.owner()));
        PlanAction revised = current.revised(changes.title().orElse(current.title()),
                newOwner.orElse(current.owner()), changes.dueOn().orElse(current.dueOn()),
                changes.status().orElse(current.status()), today);
        access.require(accountId, current.accessNeededFor(revised, access.caller().userId()));
        EntityVersions.requireMatch(ifMatch, stored.version);
        // only a new owner is checked: someone who left keeps what they owned until it is handed on
        newOwner.ifPresent(named -> {
            directory.requireKnown("ownerId", named);
            ResponsibleOwner.onTeam(named, AccountAccess.teamOf(account));
        });

        Map<String, Object> changed = differences(current, revised);
        if (changed.isEmpty()) {
            return PlanActionView.of(stored, today);
        }
        StoredPlanAction.write(revised, stored);
        actions.flush();
        changed.put("actionId", actionId.toString());
        audit.record(accountId, "PLAN_ACTION_CHANGED", changed);
        factsChanged.fire(HealthFactsChanged.of(accountId));
        Log.infof("Plan action %s on account %s changed: %s", actionId, accountId, changed.keySet());
        return PlanActionView.of(stored, today);
    }

    private static Map<String, Object> differences(PlanAction before, PlanAction after) {
        Map<String, Object> changed = new LinkedHashMap<>();
        if (!before.title().equals(after.title())) {
            changed.put("title", after.title());
        }
        if (!before.owner().equals(after.owner())) {
            changed.put("ownerId", after.owner().value());
        }
        if (!before.dueOn().equals(after.dueOn())) {
            changed.put("dueOn", after.dueOn().toString());
        }
        if (before.status() != after.status()) {
            changed.put("status", after.status().name());
        }
        if (!before.completedOn().equals(after.completedOn())) {
            changed.put("completedOn", after.completedOn().map(LocalDate::toString).orElse("(none)"));
        }
        return changed;
    }
}
