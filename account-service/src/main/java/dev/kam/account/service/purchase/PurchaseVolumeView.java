package dev.kam.account.service.purchase;

import dev.kam.account.repository.PurchaseSource;
import dev.kam.account.repository.PurchaseVolumeEntity;
import dev.kam.kernel.period.PeriodType;
import dev.kam.plumbing.json.MoneyBody;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "The volume an account bought in one period")
public record PurchaseVolumeView(
        UUID accountId,
        @Schema(description = "2026, 2026-H1, 2026-Q3 or 2026-03") String period,
        @Schema(description = "MONTH, QUARTER, HALF_YEAR or YEAR") PeriodType periodType,
        MoneyBody volume,
        @Schema(nullable = true) String quantity,
        @Schema(description = "API (recorded one by one) or IMPORT (bulk, as an ERP sends them)") PurchaseSource source,
        @Schema(description = "User id of whoever recorded it") String recordedBy,
        Instant recordedAt) {

    public static PurchaseVolumeView of(PurchaseVolumeEntity volume) {
        return new PurchaseVolumeView(volume.accountId(), volume.period(), volume.periodType,
                new MoneyBody(volume.amount.toPlainString(), volume.currency),
                volume.quantity == null ? null : volume.quantity.stripTrailingZeros().toPlainString(), volume.source,
                volume.recordedBy, volume.recordedAt);
    }
}
