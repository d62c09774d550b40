package dev.kam.incentive.service.bonus;

import dev.kam.incentive.domain.bonus.ProgramSettlement;
import dev.kam.incentive.domain.bonus.RetentionBonusProgram;
import dev.kam.incentive.repository.AuditSubject;
import dev.kam.incentive.repository.BonusProgramEntity;
import dev.kam.incentive.repository.BonusProgramRepository;
import dev.kam.incentive.service.access.IncentiveAccess;
import dev.kam.incentive.service.audit.AuditTrail;
import dev.kam.plumbing.http.EntityVersions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/** A programme's terms replaced as a whole, against the version read, until it is evaluated. */
@ApplicationScoped
public class ChangingBonusProgram {

    private final BonusProgramRepository programs;
    private final BonusProgramRecords records;
    private final AuditTrail audit;
    private final IncentiveAccess access;
    private final Clock clock;

    ChangingBonusProgram(BonusProgramRepository programs, BonusProgramRecords records, AuditTrail audit,
            IncentiveAccess access, Clock clock) {
        this.programs = programs;
        this.records = records;
        this.audit = audit;
        this.access = access;
        this.clock = clock;
    }

    @Transactional
    public BonusProgramView change(UUID id, String ifMatch, RetentionBonusProgram program) {
        BonusProgramEntity row = records.require(id);
        EntityVersions.requireMatch(ifMatch, row.version);
        ProgramSettlement.requireUnsettled(row.name, records.isEvaluated(id));
        records.requireKnown(program);
        BonusProgramView before = records.view(row);
        records.write(program, row);
        row.updatedAt = Instant.now(clock);
        programs.flush();
        BonusProgramView after = records.view(row);
        audit.record(AuditSubject.BONUS_PROGRAM, id.toString(), "PROGRAM_CHANGED", access.caller().userId(), before,
                after);
        return after;
    }
}
