package dev.kam.account.service.valuecase;

import dev.kam.account.domain.access.AccountAction;
import dev.kam.account.domain.value.CostComponent;
import dev.kam.account.domain.value.ValueCase;
import dev.kam.account.repository.ValueCaseComponentEntity;
import dev.kam.account.repository.ValueCaseEntity;
import dev.kam.account.repository.ValueCaseRepository;
import dev.kam.account.service.access.AccountAccess;
import dev.kam.account.service.audit.DossierAudit;
import dev.kam.plumbing.http.EntityVersions;
import dev.kam.plumbing.problem.ProblemException;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Builds an account's total-cost-of-ownership cases: any team member may, since specialists bring
 * the figures. A case is replaced as a whole (with If-Match), so its arithmetic always rests on one
 * consistent set of components.
 */
@ApplicationScoped
@Transactional
public class BuildingValueCases {

    private final AccountAccess access;
    private final ValueCaseRepository cases;
    private final DossierAudit audit;
    private final Clock clock;

    BuildingValueCases(AccountAccess access, ValueCaseRepository cases, DossierAudit audit, Clock clock) {
        this.access = access;
        this.cases = cases;
        this.audit = audit;
        this.clock = clock;
    }

    public ValueCaseView create(UUID accountId, String title, ValueCase valueCase) {
        access.require(accountId, AccountAction.EDIT_VALUE_CASE);
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        ValueCaseEntity entity = new ValueCaseEntity();
        entity.id = UUID.randomUUID();
        entity.accountId = accountId;
        entity.createdBy = access.caller().userId().value();
        entity.createdAt = now;
        fill(entity, title, valueCase, now);
        cases.persist(entity);
        audit.record(accountId, "VALUE_CASE_CREATED", Map.of("valueCaseId", entity.id.toString(), "title", title,
                "components", valueCase.components().size()));
        Log.infof("Value case %s created on account %s", entity.id, accountId);
        return ValueCaseView.of(entity);
    }

    public ValueCaseView replace(UUID accountId, UUID caseId, String ifMatch, String title, ValueCase valueCase) {
        access.require(accountId, AccountAction.EDIT_VALUE_CASE);
        ValueCaseEntity entity = cases.findOf(accountId, caseId)
                .orElseThrow(() -> ProblemException.notFound("Value case " + caseId));
        EntityVersions.requireMatch(ifMatch, entity.version);
        entity.components.clear();
        fill(entity, title, valueCase, Instant.now(clock).truncatedTo(ChronoUnit.MICROS));
        cases.flush();
        audit.record(accountId, "VALUE_CASE_REPLACED", Map.of("valueCaseId", entity.id.toString(), "title", title,
                "components", valueCase.components().size()));
        Log.infof("Value case %s replaced on account %s", entity.id, accountId);
        return ValueCaseView.of(entity);
    }

    private static void fill(ValueCaseEntity entity, String title, ValueCase valueCase, Instant now) {
        entity.title = title.strip();
        entity.alternativeName = valueCase.alternativeName();
        entity.alternativeKind = valueCase.alternativeKind();
        entity.horizonYears = valueCase.horizon().years();
        entity.currency = valueCase.currency().getCurrencyCode();
        entity.updatedAt = now;
        List<CostComponent> components = valueCase.components();
        for (int position = 0; position < components.size(); position++) {
            entity.components.add(component(entity, position, components.get(position)));
        }
    }

    private static ValueCaseComponentEntity component(ValueCaseEntity valueCase, int position, CostComponent source) {
        ValueCaseComponentEntity component = new ValueCaseComponentEntity();
        component.id = UUID.randomUUID();
        component.valueCase = valueCase;
        component.position = position;
        component.category = source.category();
        component.description = source.description();
        component.ourCost = source.ourCost().amount();
        component.alternativeCost = source.alternativeCost().amount();
        component.recurrence = source.recurrence();
        component.evidenceKind = source.evidence();
        component.source = source.source();
        return component;
    }
}
