package dev.kam.plumbing.directory;

/**
 * The fields of Keycloak's UserRepresentation that the directory reads (the rest, e-mail included,
 * is ignored on purpose).
 */
record KeycloakUser(String id, String username, String firstName, String lastName, Boolean enabled) {
}
