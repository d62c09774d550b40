package dev.kam.contact.client;

import java.time.LocalDate;
import java.util.UUID;

/** One of the client's problems as account-service lists it. */
public record ProblemRecord(UUID id, String title, String description, String importance, boolean weCanSolve,
        boolean competitorBetter, String ownerId, String status, LocalDate openedOn, long ageDays) {
}
