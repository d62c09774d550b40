package dev.kam.incentive.service.bonus;

import dev.kam.incentive.domain.bonus.RetentionScope;
import dev.kam.kernel.period.ComparisonRule;
import dev.kam.plumbing.json.MoneyBody;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A retention bonus programme with its terms and whether it has been evaluated. */
@Schema(name = "BonusProgram")
public record BonusProgramView(
        UUID id,
        String name,
        @Schema(description = "A half-year or year: 2026-H1, 2026") String period,
        ComparisonRule comparisonRule,
        @Schema(description = "The period the purchases are compared with") String comparedWith,
        @Schema(description = "GROUP_TOTAL: the group's total must not fall; EACH_ACCOUNT: no account's may") RetentionScope scope,
        @Schema(description = "Paid to each eligible employee when the programme pays out") MoneyBody amountPerEmployee,
        @Schema(description = "The key accounts of the group, sorted") List<UUID> accounts,
        @Schema(description = "Keycloak user ids of the eligible employees, sorted") List<String> eligible,
        @Schema(description = "Once evaluated, the terms are settled and cannot change") boolean evaluated,
        @Schema(description = "Also sent as the ETag; send it back in If-Match to change the programme") long version,
        String createdBy,
        Instant createdAt,
        Instant updatedAt) {
}
