package dev.kam.contact.client;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** One logged interaction as account-service lists it; concessions and bookkeeping are left out. */
public record InteractionRecord(UUID id, String kind, Instant occurredAt, List<String> ourParticipantIds,
        List<String> stakeholderIds, String summary, String outcome, String nextStep, LocalDate followUpOn) {
}
