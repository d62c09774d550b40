package dev.kam.account.service.problem;

import dev.kam.account.domain.access.AccountAction;
import dev.kam.account.domain.dossier.ClientProblem;
import dev.kam.account.domain.dossier.ProblemStatus;
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
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** Recording one of the client's problems or tasks: anyone on the team may; the owner must be on the team. */
@ApplicationScoped
public class RecordingProblem {

    private final AccountAccess access;
    private final ClientProblemRepository problems;
    private final DossierAudit audit;
    private final CompanyCalendar calendar;
    private final Event<HealthFactsChanged> factsChanged;
    private final PeopleDirectory directory;

    RecordingProblem(AccountAccess access, ClientProblemRepository problems, DossierAudit audit,
            CompanyCalendar calendar, Event<HealthFactsChanged> factsChanged, PeopleDirectory directory) {
        this.directory = directory;
        this.access = access;
        this.problems = problems;
        this.audit = audit;
        this.calendar = calendar;
        this.factsChanged = factsChanged;
    }

    @Transactional
    public ProblemView record(UUID accountId, ProblemDraft draft) {
        AccountEntity account = access.require(accountId, AccountAction.RECORD_PROBLEM);
        // the caller is proven by their token; an owner named in the request must be one of our people
        draft.owner().ifPresent(named -> directory.requireKnown("ownerId", named));
        UserId owner = ResponsibleOwner.onTeam(draft.owner().orElse(access.caller().userId()),
                AccountAccess.teamOf(account));
        LocalDate today = calendar.today();
        ClientProblem problem = ClientProblem.recorded(draft.title(), draft.description(), draft.importance(),
                draft.weCanSolve(), draft.competitorBetter(), owner, draft.status().orElse(ProblemStatus.OPEN),
                draft.openedOn().orElse(today), today);

        ClientProblemEntity stored = new ClientProblemEntity();
        stored.id = UUID.randomUUID();
        stored.accountId = accountId;
        StoredProblem.write(problem, stored);
        stored.updatedAt = calendar.now();
        problems.persist(stored);

        Map<String, Object> changes = new LinkedHashMap<>();
        changes.put("problemId", stored.id.toString());
        changes.put("title", stored.title);
        changes.put("importance", stored.importance);
        changes.put("status", stored.status);
        changes.put("ownerId", stored.ownerId);
        audit.record(accountId, "PROBLEM_RECORDED", changes);
        factsChanged.fire(HealthFactsChanged.of(accountId));
        Log.infof("Problem %s (%s) recorded on account %s", stored.id, stored.importance, accountId);
        return ProblemView.of(stored, today);
    }
}
