package dev.kam.incentive.service.statement;

import dev.kam.incentive.domain.statement.Act;
import dev.kam.incentive.domain.statement.Statement;
import dev.kam.incentive.repository.AuditSubject;
import dev.kam.incentive.repository.StatementEntity;
import dev.kam.incentive.repository.StatementRepository;
import dev.kam.incentive.service.access.IncentiveAccess;
import dev.kam.incentive.service.audit.AuditTrail;
import dev.kam.kernel.UserId;
import dev.kam.plumbing.http.EntityVersions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.function.BiFunction;

/**
 * The one way a person changes a stored statement: only the employee or a compensation-admin may
 * (403), against the version they read (428/412), through the domain's rules, written back and
 * audited with the statement before and after. The acts name the change and publish what others
 * need to know.
 */
@ApplicationScoped
public class ChangingStatement {

    /** A statement after a change, as stored and as the caller sees it. */
    public record Changed(UUID id, Statement statement, StatementView view) {
    }

    private final StatementRepository statements;
    private final StatementRecords records;
    private final AuditTrail audit;
    private final IncentiveAccess access;
    private final Clock clock;

    ChangingStatement(StatementRepository statements, StatementRecords records, AuditTrail audit,
            IncentiveAccess access, Clock clock) {
        this.statements = statements;
        this.records = records;
        this.audit = audit;
        this.access = access;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Changed change(UUID id, String ifMatch, String action, BiFunction<Statement, Act, Statement> change) {
        StatementEntity row = records.require(id);
        access.requireSelfOrAdmin(row.employeeId);
        EntityVersions.requireMatch(ifMatch, row.version);
        Statement before = records.toDomain(row);
        StatementView beforeView = records.view(row, before);
        // the database keeps microseconds: what the caller is shown now must read the same later
        Act act = new Act(UserId.of(access.caller().userId()), Instant.now(clock).truncatedTo(ChronoUnit.MICROS));
        Statement after = change.apply(before, act);
        records.write(after, row);
        // changing updatedAt makes the row itself dirty, so its version (the ETag) moves with any change
        row.updatedAt = act.at();
        statements.flush();
        StatementView view = records.view(row, after);
        audit.record(AuditSubject.STATEMENT, id.toString(), action, act.by().value(), beforeView, view);
        return new Changed(id, after, view);
    }
}
