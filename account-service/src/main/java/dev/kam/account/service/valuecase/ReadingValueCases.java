package dev.kam.account.service.valuecase;

import dev.kam.account.domain.access.AccountAction;
import dev.kam.account.domain.value.CostComponent;
import dev.kam.account.domain.value.Horizon;
import dev.kam.account.domain.value.ValueCase;
import dev.kam.account.repository.ValueCaseEntity;
import dev.kam.account.repository.ValueCaseRepository;
import dev.kam.account.service.access.AccountAccess;
import dev.kam.kernel.Money;
import dev.kam.plumbing.paging.Cursor;
import dev.kam.plumbing.paging.KeysetPages;
import dev.kam.plumbing.paging.Page;
import dev.kam.plumbing.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Currency;
import java.util.List;
import java.util.UUID;

/** Reads an account's value cases; the calculation is the domain's, made on every read. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ReadingValueCases {

    private final AccountAccess access;
    private final ValueCaseRepository cases;

    ReadingValueCases(AccountAccess access, ValueCaseRepository cases) {
        this.access = access;
        this.cases = cases;
    }

    public ValueCaseView one(UUID accountId, UUID caseId) {
        access.require(accountId, AccountAction.VIEW_DOSSIER);
        ValueCaseEntity entity = cases.findOf(accountId, caseId)
                .orElseThrow(() -> ProblemException.notFound("Value case " + caseId));
        return ValueCaseView.of(entity);
    }

    public Page<ValueCaseSummaryView> list(UUID accountId, int limit, String cursor) {
        access.require(accountId, AccountAction.VIEW_DOSSIER);
        Cursor after = KeysetPages.after(cursor, 2);
        List<ValueCaseEntity> rows = cases.pageOf(accountId, KeysetPages.instant(after, 0), KeysetPages.id(after, 1),
                limit + 1);
        return KeysetPages.page(rows, limit,
                last -> Cursor.of(last.createdAt.toString(), last.id.toString()), ValueCaseSummaryView::of);
    }

    /** The stored case as the domain's value case, for the calculation. */
    public static ValueCase toDomain(ValueCaseEntity entity) {
        Currency currency = Money.currency(entity.currency);
        return new ValueCase(entity.alternativeName, entity.alternativeKind,
                Horizon.ofYears(entity.horizonYears), currency,
                entity.components.stream()
                        .map(component -> new CostComponent(component.category,
                                component.description, Money.of(component.ourCost, currency),
                                Money.of(component.alternativeCost, currency),
                                component.recurrence, component.evidenceKind,
                                component.source))
                        .toList());
    }
}
