package dev.kam.account.service.problem;

import dev.kam.account.domain.access.AccountAction;
import dev.kam.account.domain.dossier.ClientProblem;
import dev.kam.account.domain.dossier.ResponsibleOwner;
import dev.kam.account.repository.AccountEntity;
import dev.kam.account.repository.ClientProblemEntity;
import dev.kam.account.repository.ClientProblemRepository;
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
import java.util.Objects;
import java.util.UUID;

/**
 * Changing a client problem (details, owner, status): anyone on the team may, against the version
 * they read. Closing it sets its resolution date, reopening clears it (the domain's rules).
 */
@ApplicationScoped
public class ChangingProblem {

    private final AccountAccess access;
    private final ClientProblemRepository problems;
    private final DossierAudit audit;
    private final CompanyCalendar calendar;
    private final Event<HealthFactsChanged> factsChanged;
    private final PeopleDirectory directory;

    ChangingProblem(AccountAccess access, ClientProblemRepository problems, DossierAudit audit,
            CompanyCalendar calendar, Event<HealthFactsChanged> factsChanged, PeopleDirectory directory) {
        this.directory = directory;
        this.access = access;
        this.problems = problems;
        this.audit = audit;
        this.calendar = calendar;
        this.factsChanged = factsChanged;
    }

    @Transactional
    public ProblemView change(UUID accountId, UUID problemId, String ifMatch, ProblemChanges changes) {
        AccountEntity account = access.require(accountId, AccountAction.RECORD_PROBLEM);
        ClientProblemEntity stored = problems.findInAccount(accountId, problemId)
                .orElseThrow(() -> ProblemException.notFound("Problem " + problemId));
        EntityVersions.requireMatch(ifMatch, stored.version);
        LocalDate today = calendar.today();
        ClientProblem current = StoredProblem.read(stored);
        // Only a new owner must be on the team: someone who left keeps what they owned until it is handed on.
        UserId owner = changes.owner().filter(newOwner -> !newOwner.equals(current.owner()))
                .map(newOwner -> {
                    directory.requireKnown("ownerId", newOwner);
                    return ResponsibleOwner.onTeam(newOwner, AccountAccess.teamOf(account));
                })
                .orElse(current.owner());
        ClientProblem revised = current.revised(
                changes.title().orElse(current.title()),
                changes.description().isPresent() ? changes.description() : current.description(),
                changes.importance().orElse(current.importance()),
                changes.weCanSolve().orElse(current.weCanSolve()),
                changes.competitorBetter().orElse(current.competitorBetter()),
                owner,
                changes.status().orElse(current.status()),
                changes.openedOn().orElse(current.openedOn()),
                today);

        Map<String, Object> changed = differences(current, revised);
        if (changed.isEmpty()) {
            return ProblemView.of(stored, today);
        }
        StoredProblem.write(revised, stored);
        stored.updatedAt = calendar.now();
        problems.flush();
        changed.put("problemId", problemId.toString());
        audit.record(accountId, "PROBLEM_CHANGED", changed);
        factsChanged.fire(HealthFactsChanged.of(accountId));
        Log.infof("Problem %s on account %s changed: %s", problemId, accountId, changed.keySet());
        return ProblemView.of(stored, today);
    }

    /** The fields that changed, with their new values; descriptions are free text and are only marked. */
    private static Map<String, Object> differences(ClientProblem before, ClientProblem after) {
        Map<String, Object> changed = new LinkedHashMap<>();
        putIfChanged(changed, "title", before.title(), after.title());
        if (!before.description().equals(after.description())) {
            changed.put("description", after.description().isPresent() ? "(updated)" : "(cleared)");
        }
        putIfChanged(changed, "importance", before.importance(), after.importance());
        putIfChanged(changed, "weCanSolve", before.weCanSolve(), after.weCanSolve());
        putIfChanged(changed, "competitorBetter", before.competitorBetter(), after.competitorBetter());
        putIfChanged(changed, "ownerId", before.owner().value(), after.owner().value());
        putIfChanged(changed, "status", before.status(), after.status());
        putIfChanged(changed, "openedOn", before.openedOn(), after.openedOn());
        if (!before.resolvedOn().equals(after.resolvedOn())) {
            changed.put("resolvedOn", after.resolvedOn().map(LocalDate::toString).orElse("(none)"));
        }
        return changed;
    }

    private static void putIfChanged(Map<String, Object> changed, String field, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changed.put(field, after instanceof Enum<?> || after instanceof LocalDate ? after.toString() : after);
        }
    }
}
