package dev.kam.account.service.plan;

import dev.kam.account.domain.access.AccessLevel;
import dev.kam.account.domain.access.AccountAction;
import dev.kam.account.domain.dossier.ActionStatus;
import dev.kam.account.repository.OverdueActionsQuery;
import dev.kam.account.repository.PlanActionEntity;
import dev.kam.account.repository.PlanActionRepository.ActionOnAccount;
import dev.kam.account.repository.PlanActionRepository;
import dev.kam.account.repository.PlanObjectiveEntity;
import dev.kam.account.repository.PlanObjectiveRepository;
import dev.kam.account.service.access.AccountAccess;
import dev.kam.account.service.calendar.CompanyCalendar;
import dev.kam.plumbing.paging.Cursor;
import dev.kam.plumbing.paging.KeysetPages;
import dev.kam.plumbing.paging.Page;
import dev.kam.plumbing.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Reading retention plans: an account's whole plan (kept short by the domain's limits) for whoever
 * may read the dossier, and the overdue actions across the accounts the caller may read.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ReadingRetentionPlan {

    private static final List<ActionStatus> UNFINISHED = Arrays.stream(ActionStatus.values())
            .filter(status -> !status.isFinished()).toList();

    private final AccountAccess access;
    private final PlanObjectiveRepository objectives;
    private final PlanActionRepository actions;
    private final CompanyCalendar calendar;

    ReadingRetentionPlan(AccountAccess access, PlanObjectiveRepository objectives, PlanActionRepository actions,
            CompanyCalendar calendar) {
        this.access = access;
        this.objectives = objectives;
        this.actions = actions;
        this.calendar = calendar;
    }

    public RetentionPlanView plan(UUID accountId) {
        access.require(accountId, AccountAction.VIEW_DOSSIER);
        LocalDate today = calendar.today();
        Map<UUID, List<PlanActionView>> byObjective = actions.ofAccount(accountId).stream()
                .map(action -> PlanActionView.of(action, today))
                .collect(Collectors.groupingBy(PlanActionView::objectiveId));
        List<PlanObjectiveView> plan = objectives.ofAccount(accountId).stream()
                .map(objective -> PlanObjectiveView.of(objective, byObjective.getOrDefault(objective.id, List.of())))
                .toList();
        int overdue = (int) byObjective.values().stream().flatMap(List::stream).filter(PlanActionView::overdue)
                .count();
        return new RetentionPlanView(accountId, plan, overdue);
    }

    public PlanObjectiveView objective(UUID accountId, UUID objectiveId) {
        access.require(accountId, AccountAction.VIEW_DOSSIER);
        PlanObjectiveEntity objective = objectives.findInAccount(accountId, objectiveId)
                .orElseThrow(() -> ProblemException.notFound("Plan objective " + objectiveId));
        LocalDate today = calendar.today();
        return PlanObjectiveView.of(objective, actions.ofObjective(objectiveId).stream()
                .map(action -> PlanActionView.of(action, today)).toList());
    }

    public PlanActionView action(UUID accountId, UUID actionId) {
        access.require(accountId, AccountAction.VIEW_DOSSIER);
        PlanActionEntity action = actions.findInAccount(accountId, actionId)
                .orElseThrow(() -> ProblemException.notFound("Plan action " + actionId));
        return PlanActionView.of(action, calendar.today());
    }

    /** Overdue actions, longest overdue first; {@code mine} keeps only the caller's own. */
    public Page<OverduePlanActionView> overdue(boolean mine, String cursor, int limit) {
        String caller = access.caller().userId().value();
        boolean everywhere = access.levelEverywhere().includes(AccessLevel.READ);
        Cursor after = KeysetPages.after(cursor, 2);
        LocalDate today = calendar.today();
        OverdueActionsQuery query = new OverdueActionsQuery(everywhere ? null : caller, mine ? caller : null,
                UNFINISHED, today, KeysetPages.date(after, 0), KeysetPages.id(after, 1));
        List<ActionOnAccount> found = actions.overdue(query, limit + 1);
        return KeysetPages.page(found, limit,
                last -> Cursor.of(last.action().dueOn.toString(), last.action().id.toString()),
                row -> OverduePlanActionView.of(row, today));
    }
}
