package dev.kam.account.domain.team;

/** The result of {@link AccountTeam#transferOwnership}: the new team and the fact to publish. */
public record OwnershipTransfer(AccountTeam team, OwnershipTransferred transferred) {

    public OwnershipTransfer {
        if (team == null || transferred == null) {
            throw new IllegalArgumentException("Team and fact are required");
        }
    }
}
