package dev.kam.account.service;

import java.util.Set;
import java.util.UUID;

/** These accounts' purchase volumes changed in the current transaction; health is reassessed after it commits. */
public record PurchaseVolumesChanged(Set<UUID> accountIds) {

    public PurchaseVolumesChanged {
        accountIds = Set.copyOf(accountIds);
    }
}
