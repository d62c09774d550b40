package dev.kam.account.domain.team;

import dev.kam.kernel.UserId;

/** The dossier changed hands. The layer above stamps the time and publishes it. */
public record OwnershipTransferred(UserId previousOwner, UserId newOwner) {

    public OwnershipTransferred {
        if (previousOwner == null || newOwner == null) {
            throw new IllegalArgumentException("Both previous and new owner are required");
        }
        if (previousOwner.equals(newOwner)) {
            throw new IllegalArgumentException("Ownership cannot be transferred to the current owner");
        }
    }
}
