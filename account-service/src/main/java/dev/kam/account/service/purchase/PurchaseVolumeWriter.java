package dev.kam.account.service.purchase;

import dev.kam.account.domain.purchase.PurchaseVolume;
import dev.kam.account.event.PurchaseEventMapping;
import dev.kam.account.repository.PurchaseSource;
import dev.kam.account.repository.PurchaseVolumeEntity;
import dev.kam.account.repository.PurchaseVolumeRepository;
import dev.kam.account.service.audit.DossierAudit;
import dev.kam.events.purchase.PurchaseEvents;
import dev.kam.plumbing.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Writes one validated purchase volume: creates the period's record or replaces it, with its event
 * and audit entry. A record identical to the stored one changes nothing and publishes nothing, so an
 * ERP that sends the same figures again does not flood the consumers.
 */
@ApplicationScoped
public class PurchaseVolumeWriter {

    /** What writing did to the period's record. */
    public enum Effect {
        CREATED,
        REPLACED,
        UNCHANGED
    }

    public record Written(PurchaseVolumeEntity volume, Effect effect) {
    }

    private final PurchaseVolumeRepository volumes;
    private final Outbox outbox;
    private final DossierAudit audit;
    private final Clock clock;

    PurchaseVolumeWriter(PurchaseVolumeRepository volumes, Outbox outbox, DossierAudit audit, Clock clock) {
        this.volumes = volumes;
        this.outbox = outbox;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Written write(UUID accountId, PurchaseVolume volume, PurchaseSource source, String recordedBy) {
        return write(accountId, volume, volumes.findFor(accountId, volume.period().format()), source, recordedBy);
    }

    /** As above, with the period's stored record already read by the caller (an import reads them all at once). */
    @Transactional(Transactional.TxType.MANDATORY)
    public Written write(UUID accountId, PurchaseVolume volume, Optional<PurchaseVolumeEntity> stored,
            PurchaseSource source, String recordedBy) {
        String period = volume.period().format();
        PurchaseVolumeEntity entity = stored.orElse(null);
        BigDecimal quantity = volume.quantity().orElse(null);
        Effect effect;
        if (entity == null) {
            entity = new PurchaseVolumeEntity();
            entity.key = new PurchaseVolumeEntity.Key(accountId, period);
            effect = Effect.CREATED;
        } else if (sameFigures(entity, volume, quantity)) {
            return new Written(entity, Effect.UNCHANGED);
        } else {
            effect = Effect.REPLACED;
        }
        entity.periodType = volume.period().type();
        entity.periodStart = volume.period().start();
        entity.amount = volume.amount().amount();
        entity.currency = volume.amount().currency().getCurrencyCode();
        entity.quantity = quantity;
        entity.source = source;
        entity.recordedBy = recordedBy;
        entity.recordedAt = Instant.now(clock);
        if (effect == Effect.CREATED) {
            volumes.persist(entity);
        }
        outbox.record(PurchaseEvents.VOLUME_RECORDED, accountId.toString(), period,
                PurchaseEventMapping.recorded(entity));
        Map<String, Object> changes = new LinkedHashMap<>();
        changes.put("period", period);
        changes.put("volume", volume.amount().toString());
        changes.put("quantity", quantity == null ? null : quantity.toPlainString());
        changes.put("source", source);
        audit.record(accountId, effect == Effect.CREATED ? "PURCHASE_VOLUME_RECORDED" : "PURCHASE_VOLUME_REPLACED",
                changes);
        return new Written(entity, effect);
    }

    private static boolean sameFigures(PurchaseVolumeEntity stored, PurchaseVolume volume, BigDecimal quantity) {
        return stored.amount.compareTo(volume.amount().amount()) == 0
                && stored.currency.equals(volume.amount().currency().getCurrencyCode())
                && (Objects.equals(stored.quantity, quantity)
                        || stored.quantity != null && quantity != null && stored.quantity.compareTo(quantity) == 0);
    }
}
