package dev.kam.incentive.service.bonus;

import dev.kam.incentive.repository.AuditSubject;
import dev.kam.incentive.repository.BonusEvaluationEntity;
import dev.kam.incentive.repository.BonusEvaluationRepository;
import dev.kam.incentive.repository.BonusProgramEntity;
import dev.kam.incentive.repository.BonusProgramRepository;
import dev.kam.incentive.service.audit.AuditEntryView;
import dev.kam.incentive.service.audit.ReadingAudit;
import dev.kam.plumbing.paging.Cursor;
import dev.kam.plumbing.paging.KeysetPages;
import dev.kam.plumbing.paging.Page;
import dev.kam.plumbing.paging.PageLimit;
import dev.kam.plumbing.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;

/** Programmes, their evaluation and their audit trail, for compensation-admin (they name everyone's bonus). */
@ApplicationScoped
public class ReadingBonusPrograms {

    private final BonusProgramRepository programs;
    private final BonusEvaluationRepository evaluations;
    private final BonusProgramRecords records;
    private final StoredEvaluations stored;
    private final ReadingAudit audit;

    ReadingBonusPrograms(BonusProgramRepository programs, BonusEvaluationRepository evaluations,
            BonusProgramRecords records, StoredEvaluations stored, ReadingAudit audit) {
        this.programs = programs;
        this.evaluations = evaluations;
        this.records = records;
        this.stored = stored;
        this.audit = audit;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public BonusProgramView byId(UUID id) {
        return records.view(records.require(id));
    }

    /** Oldest first, {@code limit} at a time. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<BonusProgramView> page(String cursor, Integer limit) {
        int size = PageLimit.of(limit);
        Cursor after = KeysetPages.after(cursor, 2);
        List<BonusProgramEntity> fetched = programs.pageAfter(KeysetPages.instant(after, 0), KeysetPages.id(after, 1),
                size + 1);
        return KeysetPages.page(fetched, size, p -> Cursor.of(p.createdAt.toString(), p.id.toString()), records::view);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public BonusEvaluationView evaluationOf(UUID id) {
        records.require(id);
        BonusEvaluationEntity evaluation = evaluations.findById(id);
        if (evaluation == null) {
            throw ProblemException.notFound("An evaluation of bonus programme " + id);
        }
        return stored.read(evaluation.outcome);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AuditEntryView> auditOf(UUID id) {
        records.require(id);
        return audit.of(AuditSubject.BONUS_PROGRAM, id.toString());
    }
}
