package dev.kam.contact.service.profile;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A negotiation profile: the answers, how complete it is, and which questions are still open.
 * {@code version} is the ETag (0 before the first answer).
 */
public record ProfileView(UUID stakeholderId, ProfileAnswers answers, int completenessPercent,
        List<String> missingQuestions, long version, String updatedBy, Instant updatedAt) {

    @Override
    public String toString() {
        return "ProfileView[stakeholder=" + stakeholderId + ", version=" + version + "]";
    }
}
