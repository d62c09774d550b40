package dev.kam.incentive.service.bonus;

import dev.kam.incentive.repository.BonusAwardEntity;
import dev.kam.incentive.repository.BonusAwardRepository;
import dev.kam.incentive.repository.BonusProgramEntity;
import dev.kam.incentive.repository.BonusProgramRepository;
import dev.kam.incentive.service.access.IncentiveAccess;
import dev.kam.incentive.service.money.MoneyBodies;
import dev.kam.kernel.Money;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;

/** An employee's bonus awards: their own, or anyone's for a compensation-admin; a colleague's are 403. */
@ApplicationScoped
public class ReadingBonusAwards {

    private final BonusAwardRepository awards;
    private final BonusProgramRepository programs;
    private final IncentiveAccess access;

    ReadingBonusAwards(BonusAwardRepository awards, BonusProgramRepository programs, IncentiveAccess access) {
        this.awards = awards;
        this.programs = programs;
        this.access = access;
    }

    /** Oldest first; the caller's own when no employee is named. An employee has a few a year at most. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<BonusAwardView> ofEmployee(String employeeId) {
        String employee = employeeId == null ? access.caller().userId() : employeeId;
        access.requireSelfOrAdmin(employee);
        return awards.ofEmployee(employee).stream().map(this::view).toList();
    }

    private BonusAwardView view(BonusAwardEntity award) {
        BonusProgramEntity program = programs.findById(award.programId);
        return new BonusAwardView(award.id, award.programId, program.name, program.period, award.employeeId,
                MoneyBodies.of(Money.of(award.amount, Money.currency(award.currency))), award.awardedAt);
    }
}
