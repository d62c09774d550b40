package dev.kam.plumbing.testing;

import dev.kam.events.EventSchemaValidator;
import dev.kam.events.account.AccountEvents;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Payloads of account-service's events (kam.accounts.v1) as the consumer tests of the account replica
 * send them; each conforms to its JSON Schema (else the test is wrong, not the consumer). Shipped in
 * this module's test-jar.
 */
public final class AccountEventPayloads {

    private AccountEventPayloads() {
    }

    /** A prospect named "Acme Industrial", owned by {@code ownerId}, registered now. */
    public static String registered(UUID accountId, String ownerId) {
        return conforming(AccountEvents.REGISTERED.type(), """
                {"accountId": "%s", "name": "Acme Industrial", "legalId": "DE1", "industry": "Machinery",
                 "segment": "Strategic", "region": "Munich", "status": "PROSPECT", "marketState": "INDEPENDENT",
                 "ownerId": "%s", "registeredAt": "%s"}""".formatted(accountId, ownerId, Instant.now()));
    }

    /** A prospect named "Acme Industrial", owned by kate ({@link DemoUsers#KATE}), registered now. */
    public static String registered(UUID accountId) {
        return registered(accountId, DemoUsers.KATE);
    }

    /** The whole team after a change (user id to team role), owned and changed by kate. */
    public static String teamChanged(UUID accountId, String change, Instant changedAt, Map<String, String> members) {
        return teamChanged(accountId, change, changedAt, DemoUsers.KATE, members);
    }

    /** The whole team after a change (user id to team role), owned and changed by {@code ownerId}. */
    public static String teamChanged(UUID accountId, String change, Instant changedAt, String ownerId,
            Map<String, String> members) {
        String list = members.entrySet().stream()
                .map(m -> "{\"userId\": \"%s\", \"teamRole\": \"%s\"}".formatted(m.getKey(), m.getValue()))
                .collect(Collectors.joining(", "));
        return conforming(AccountEvents.TEAM_CHANGED.type(), """
                {"accountId": "%s", "change": "%s", "affectedUserId": "%s", "ownerId": "%s", "members": [%s],
                 "changedAt": "%s"}""".formatted(accountId, change, ownerId, ownerId, list, changedAt));
    }

    private static String conforming(String type, String payload) {
        List<String> violations = EventSchemaValidator.violations(type, payload);
        if (!violations.isEmpty()) {
            throw new AssertionError("Test payload breaks the schema of " + type + ": " + violations);
        }
        return payload;
    }
}
