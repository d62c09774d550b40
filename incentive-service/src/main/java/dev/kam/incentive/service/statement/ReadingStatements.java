package dev.kam.incentive.service.statement;

import dev.kam.incentive.repository.AuditSubject;
import dev.kam.incentive.repository.StatementEntity;
import dev.kam.incentive.repository.StatementRepository;
import dev.kam.incentive.service.access.IncentiveAccess;
import dev.kam.incentive.service.audit.AuditEntryView;
import dev.kam.incentive.service.audit.ReadingAudit;
import dev.kam.plumbing.paging.Cursor;
import dev.kam.plumbing.paging.KeysetPages;
import dev.kam.plumbing.paging.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;

/**
 * Statements as their employee and compensation-admin may read them; a colleague's is a 403. Lists
 * run newest period first, then by employee, a page at a time; a caller who is not an admin lists
 * only their own.
 */
@ApplicationScoped
public class ReadingStatements {

    private final StatementRepository statements;
    private final StatementRecords records;
    private final ReadingAudit audit;
    private final IncentiveAccess access;

    ReadingStatements(StatementRepository statements, StatementRecords records, ReadingAudit audit,
            IncentiveAccess access) {
        this.statements = statements;
        this.records = records;
        this.audit = audit;
        this.access = access;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public StatementView byId(UUID id) {
        StatementEntity row = records.require(id);
        access.requireSelfOrAdmin(row.employeeId);
        return records.view(row);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<StatementSummaryView> list(StatementListFilter filter, String cursor, int limit) {
        String employeeId = filter.employeeId() == null && !access.isAdmin()
                ? access.caller().userId() : filter.employeeId();
        if (employeeId != null) {
            access.requireSelfOrAdmin(employeeId);
        }
        Cursor after = KeysetPages.after(cursor, 2);
        List<StatementEntity> found = statements.list(new StatementRepository.ListQuery(employeeId,
                filter.period() == null ? null : filter.period().format(), filter.status(),
                KeysetPages.text(after, 0), KeysetPages.text(after, 1)), limit + 1);
        return KeysetPages.page(found, limit, last -> Cursor.of(last.period, last.employeeId), records::summary);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AuditEntryView> auditOf(UUID id) {
        StatementEntity row = records.require(id);
        return audit.of(AuditSubject.STATEMENT, row.id.toString());
    }
}
