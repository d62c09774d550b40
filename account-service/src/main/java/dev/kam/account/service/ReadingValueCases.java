package dev.kam.account.service;

import dev.kam.account.domain.Money;
import dev.kam.account.domain.access.AccountAction;
import dev.kam.account.domain.value.AlternativeKind;
import dev.kam.account.domain.value.CostCategory;
import dev.kam.account.domain.value.CostComponent;
import dev.kam.account.domain.value.EvidenceKind;
import dev.kam.account.domain.value.Horizon;
import dev.kam.account.domain.value.Recurrence;
import dev.kam.account.domain.value.ValueCase;
import dev.kam.account.repository.ValueCaseEntity;
import dev.kam.account.repository.ValueCaseRepository;
import dev.kam.plumbing.paging.Cursor;
import dev.kam.plumbing.paging.Page;
import dev.kam.plumbing.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
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

    public ValueCaseEntity one(UUID accountId, UUID caseId) {
        access.require(accountId, AccountAction.VIEW_DOSSIER);
        ValueCaseEntity entity = cases.findOf(accountId, caseId)
                .orElseThrow(() -> ProblemException.notFound("Value case " + caseId));
        entity.components.size();
        return entity;
    }

    public Page<ValueCaseEntity> list(UUID accountId, int limit, String cursor) {
        access.require(accountId, AccountAction.VIEW_DOSSIER);
        Instant afterAt = null;
        UUID afterId = null;
        if (cursor != null && !cursor.isBlank()) {
            Cursor after = Cursor.decode(cursor, 2);
            try {
                afterAt = Instant.parse(after.value(0));
                afterId = UUID.fromString(after.value(1));
            } catch (RuntimeException e) {
                throw ProblemException.badRequest("The cursor is not one this list issued");
            }
        }
        List<ValueCaseEntity> rows = cases.pageOf(accountId, afterAt, afterId, limit + 1);
        rows.forEach(row -> row.components.size());
        if (rows.size() <= limit) {
            return new Page<>(rows, null);
        }
        ValueCaseEntity last = rows.get(limit - 1);
        return new Page<>(rows.subList(0, limit), Cursor.of(last.createdAt.toString(), last.id.toString()).encode());
    }

    /** The stored case as the domain's value case, for the calculation. */
    public static ValueCase toDomain(ValueCaseEntity entity) {
        Currency currency = Money.currency(entity.currency);
        return new ValueCase(entity.alternativeName, AlternativeKind.valueOf(entity.alternativeKind),
                Horizon.ofYears(entity.horizonYears), currency,
                entity.components.stream()
                        .map(component -> new CostComponent(CostCategory.valueOf(component.category),
                                component.description, Money.of(component.ourCost, currency),
                                Money.of(component.alternativeCost, currency),
                                Recurrence.valueOf(component.recurrence), EvidenceKind.valueOf(component.evidenceKind),
                                component.source))
                        .toList());
    }
}
