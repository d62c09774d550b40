package dev.kam.incentive.service.bonus;

import dev.kam.plumbing.json.MoneyBody;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A bonus an employee was awarded, as the employee reads it. */
@Schema(name = "BonusAward")
public record BonusAwardView(
        UUID id,
        UUID programId,
        String programName,
        String period,
        String employeeId,
        MoneyBody amount,
        Instant awardedAt) {
}
