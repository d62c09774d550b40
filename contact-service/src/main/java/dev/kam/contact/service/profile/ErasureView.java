package dev.kam.contact.service.profile;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The outcome of an erasure: when, and which profile questions had answers (never their content). */
public record ErasureView(UUID stakeholderId, Instant erasedAt, List<String> erasedAnswers) {
}
