package dev.kam.account.domain.dossier;

/**
 * A three-step rating used in the dossier for how centralised the client's purchasing is, how strong
 * the competition is and how well our own departments coordinate on this client. These are also
 * workload factors for incentive-service.
 */
public enum Level {
    LOW,
    MEDIUM,
    HIGH
}
