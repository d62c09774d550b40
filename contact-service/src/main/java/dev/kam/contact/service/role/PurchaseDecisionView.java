package dev.kam.contact.service.role;

import dev.kam.contact.repository.PurchaseDecisionEntity;
import java.time.Instant;
import java.util.UUID;

/** A named buying centre for one deal or tender. */
public record PurchaseDecisionView(UUID id, UUID accountId, String name, String createdBy, Instant createdAt) {

    public static PurchaseDecisionView of(PurchaseDecisionEntity d) {
        return new PurchaseDecisionView(d.id, d.accountId, d.name, d.createdBy, d.createdAt);
    }
}
