package dev.kam.incentive.event;

import dev.kam.events.incentive.BonusAwarded;
import dev.kam.events.incentive.OverloadDetected;
import dev.kam.incentive.domain.bonus.BonusAward;
import dev.kam.incentive.domain.bonus.RetentionBonusProgram;
import dev.kam.incentive.domain.workload.OverloadAlert;
import dev.kam.kernel.AccountId;
import java.time.Instant;
import java.util.UUID;

/** Incentive facts as the public events on kam.incentives.v1: ids, periods and units, never pay amounts. */
public final class IncentiveEventMapping {

    private IncentiveEventMapping() {
    }

    public static BonusAwarded bonusAwarded(UUID programId, RetentionBonusProgram program, BonusAward award,
            Instant at) {
        return new BonusAwarded(programId.toString(), program.name(), program.period().format(),
                program.comparable().format(), award.employee().value(), at);
    }

    public static OverloadDetected overloadDetected(OverloadAlert alert, int weightsVersion, Instant at) {
        return new OverloadDetected(alert.employee().value(), alert.load().toPlainString(),
                alert.allowed().toPlainString(), alert.utilisation().toString(), weightsVersion,
                alert.heaviestAccounts().stream().map(AccountId::toString).toList(), at);
    }
}
