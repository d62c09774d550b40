package dev.kam.account.event;

import dev.kam.account.repository.PurchaseVolumeEntity;
import dev.kam.events.MoneyAmount;
import dev.kam.events.purchase.PurchaseVolumeRecorded;

/** A stored purchase volume as the public event other systems (incentives, the data warehouse) read. */
public final class PurchaseEventMapping {

    private PurchaseEventMapping() {
    }

    public static PurchaseVolumeRecorded recorded(PurchaseVolumeEntity volume) {
        return new PurchaseVolumeRecorded(
                volume.accountId().toString(),
                volume.period(),
                volume.periodType.name(),
                new MoneyAmount(volume.amount.toPlainString(), volume.currency),
                volume.quantity == null ? null : volume.quantity.stripTrailingZeros().toPlainString(),
                volume.recordedAt);
    }
}
