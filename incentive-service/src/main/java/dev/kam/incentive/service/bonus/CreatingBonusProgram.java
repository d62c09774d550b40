package dev.kam.incentive.service.bonus;

import dev.kam.incentive.domain.bonus.RetentionBonusProgram;
import dev.kam.incentive.repository.AuditSubject;
import dev.kam.incentive.repository.BonusProgramEntity;
import dev.kam.incentive.repository.BonusProgramRepository;
import dev.kam.incentive.service.access.IncentiveAccess;
import dev.kam.incentive.service.audit.AuditTrail;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/** A compensation-admin sets up a retention bonus programme for a group of key accounts. */
@ApplicationScoped
public class CreatingBonusProgram {

    private final BonusProgramRepository programs;
    private final BonusProgramRecords records;
    private final AuditTrail audit;
    private final IncentiveAccess access;
    private final Clock clock;

    CreatingBonusProgram(BonusProgramRepository programs, BonusProgramRecords records, AuditTrail audit,
            IncentiveAccess access, Clock clock) {
        this.programs = programs;
        this.records = records;
        this.audit = audit;
        this.access = access;
        this.clock = clock;
    }

    @Transactional
    public BonusProgramView create(RetentionBonusProgram program) {
        records.requireKnown(program);
        BonusProgramEntity row = new BonusProgramEntity();
        row.id = UUID.randomUUID();
        records.write(program, row);
        row.createdBy = access.caller().userId();
        row.createdAt = Instant.now(clock);
        row.updatedAt = row.createdAt;
        programs.persist(row);
        programs.flush();
        BonusProgramView view = records.view(row);
        audit.record(AuditSubject.BONUS_PROGRAM, row.id.toString(), "PROGRAM_CREATED", row.createdBy, null, view);
        Log.infof("Bonus programme %s created for %s (%d accounts, %d eligible)", row.id, row.period,
                row.accounts.size(), row.eligible.size());
        return view;
    }
}
