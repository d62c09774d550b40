package dev.kam.contact.domain.profile;

import dev.kam.contact.domain.StakeholderId;
import java.util.List;

/**
 * The outcome of erasing a person's profile: which questions had answers (never their content) and
 * the empty profile that replaces it.
 */
public record Erasure(StakeholderId stakeholder, List<ProfileQuestion> erasedAnswers, PersonalProfile profile) {

    public Erasure {
        if (stakeholder == null || erasedAnswers == null || profile == null) {
            throw new IllegalArgumentException("Stakeholder, erased answers and profile are required");
        }
        if (!profile.answers().isEmpty()) {
            throw new IllegalArgumentException("An erased profile has no answers");
        }
        if (!profile.stakeholder().equals(stakeholder)) {
            throw new IllegalArgumentException("The erased profile must belong to the same stakeholder");
        }
        erasedAnswers = List.copyOf(erasedAnswers);
    }

    public boolean removedAnything() {
        return !erasedAnswers.isEmpty();
    }
}
