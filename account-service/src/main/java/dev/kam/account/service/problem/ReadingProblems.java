package dev.kam.account.service.problem;

import dev.kam.account.domain.access.AccessLevel;
import dev.kam.account.domain.access.AccountAction;
import dev.kam.account.domain.dossier.Importance;
import dev.kam.account.domain.dossier.ProblemStatus;
import dev.kam.account.repository.ClientProblemEntity;
import dev.kam.account.repository.ClientProblemRepository.ProblemOnAccount;
import dev.kam.account.repository.ClientProblemRepository;
import dev.kam.account.repository.OpenProblemsQuery;
import dev.kam.account.repository.ProblemQuery;
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
import java.util.UUID;

/**
 * Reading client problems: an account's list for whoever may read the dossier, and the important
 * problems still open across the accounts the caller may read, oldest first (the ones whose neglect
 * cools a relationship).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ReadingProblems {

    /** Ten years: any older "minimum age" is a typo, not a question. */
    public static final int MAX_MIN_AGE_DAYS = 3650;

    private static final List<ProblemStatus> OPEN = Arrays.stream(ProblemStatus.values())
            .filter(ProblemStatus::isOpen).toList();
    private static final List<Importance> IMPORTANT = Arrays.stream(Importance.values())
            .filter(Importance::isImportant).toList();

    private final AccountAccess access;
    private final ClientProblemRepository problems;
    private final CompanyCalendar calendar;

    ReadingProblems(AccountAccess access, ClientProblemRepository problems, CompanyCalendar calendar) {
        this.access = access;
        this.problems = problems;
        this.calendar = calendar;
    }

    public Page<ProblemView> page(UUID accountId, ProblemFilter filter, String cursor, int limit) {
        access.require(accountId, AccountAction.VIEW_DOSSIER);
        Cursor after = KeysetPages.after(cursor, 2);
        ProblemQuery query = new ProblemQuery(accountId,
                filter.status(), filter.importance(),
                KeysetPages.date(after, 0), KeysetPages.id(after, 1));
        LocalDate today = calendar.today();
        List<ClientProblemEntity> found = problems.page(query, limit + 1);
        return KeysetPages.page(found, limit, last -> Cursor.of(last.openedOn.toString(), last.id.toString()),
                problem -> ProblemView.of(problem, today));
    }

    public ProblemView get(UUID accountId, UUID problemId) {
        access.require(accountId, AccountAction.VIEW_DOSSIER);
        return problems.findInAccount(accountId, problemId).map(problem -> ProblemView.of(problem, calendar.today()))
                .orElseThrow(() -> ProblemException.notFound("Problem " + problemId));
    }

    /** Open HIGH and CRITICAL problems at least {@code minAgeDays} old, oldest first. */
    public Page<OpenProblemView> openImportant(int minAgeDays, String cursor, int limit) {
        if (minAgeDays < 0 || minAgeDays > MAX_MIN_AGE_DAYS) {
            throw ProblemException.badRequest("minAgeDays must be between 0 and " + MAX_MIN_AGE_DAYS);
        }
        boolean everywhere = access.levelEverywhere().includes(AccessLevel.READ);
        Cursor after = KeysetPages.after(cursor, 2);
        LocalDate today = calendar.today();
        OpenProblemsQuery query = new OpenProblemsQuery(everywhere ? null : access.caller().userId().value(), OPEN,
                IMPORTANT, today.minusDays(minAgeDays), KeysetPages.date(after, 0), KeysetPages.id(after, 1));
        List<ProblemOnAccount> found = problems.openOldestFirst(query, limit + 1);
        return KeysetPages.page(found, limit,
                last -> Cursor.of(last.problem().openedOn.toString(), last.problem().id.toString()),
                row -> OpenProblemView.of(row, today));
    }
}
