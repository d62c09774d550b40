package dev.kam.events.purchase;

import dev.kam.events.EventType;
import dev.kam.events.Topics;

/** Purchase volumes per account and period, published by account-service on {@value Topics#PURCHASES}. */
public final class PurchaseEvents {

    public static final EventType<PurchaseVolumeRecorded> VOLUME_RECORDED =
            new EventType<>(Topics.PURCHASES, "dev.kam.purchase.volume-recorded.v1", PurchaseVolumeRecorded.class);

    private PurchaseEvents() {
    }
}
