package dev.kam.contact.domain.profile;

import dev.kam.contact.domain.StakeholderId;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Objects;
import java.util.Map;
import java.util.Optional;

/**
 * What the team knows about one client person for negotiation preparation: an optional answer per
 * {@link ProfileQuestion}. Every change returns a new profile.
 *
 * <p>This is personal data about a real person. Only the account team may see it; it never leaves
 * contact-service, neither in events nor in logs, except in an explicit export to the team. The
 * person's data can be removed completely with {@link #erased()}.
 */
public record PersonalProfile(StakeholderId stakeholder, Map<ProfileQuestion, ProfileAnswer> answers) {

    public PersonalProfile {
        if (stakeholder == null) {
            throw new IllegalArgumentException("Stakeholder id is required");
        }
        if (answers == null) {
            throw new IllegalArgumentException("Answers are required");
        }
        if (answers.keySet().stream().anyMatch(Objects::isNull)
                || answers.values().stream().anyMatch(Objects::isNull)) {
            throw new IllegalArgumentException("An answer and its question cannot be missing");
        }
        Map<ProfileQuestion, ProfileAnswer> ordered = new EnumMap<>(ProfileQuestion.class);
        ordered.putAll(answers);
        answers = Collections.unmodifiableMap(ordered);
    }

    public static PersonalProfile empty(StakeholderId stakeholder) {
        return new PersonalProfile(stakeholder, Map.of());
    }

    /** Records an answer; a blank text clears it, so emptying a field on the form removes the data. */
    public PersonalProfile answering(ProfileQuestion question, String text) {
        if (question == null) {
            throw new IllegalArgumentException("Question is required");
        }
        Map<ProfileQuestion, ProfileAnswer> updated = new EnumMap<>(ProfileQuestion.class);
        updated.putAll(answers);
        if (text == null || text.isBlank()) {
            updated.remove(question);
        } else {
            updated.put(question, new ProfileAnswer(text));
        }
        return new PersonalProfile(stakeholder, updated);
    }

    public Optional<ProfileAnswer> answer(ProfileQuestion question) {
        return Optional.ofNullable(answers.get(question));
    }

    public ProfileCompleteness completeness() {
        return new ProfileCompleteness(answers.size(), ProfileQuestion.values().length);
    }

    /** Unanswered questions, in the order of the form. */
    public List<ProfileQuestion> missingQuestions() {
        return Arrays.stream(ProfileQuestion.values()).filter(q -> !answers.containsKey(q)).toList();
    }

    /** Removes every answer; the result says what was removed, for the erasure record (without the content). */
    public Erasure erased() {
        List<ProfileQuestion> removed = Arrays.stream(ProfileQuestion.values())
                .filter(answers::containsKey).toList();
        return new Erasure(stakeholder, removed, empty(stakeholder));
    }

    @Override
    public String toString() {
        return "PersonalProfile[stakeholder=" + stakeholder + ", answered=" + answers.size() + "]";
    }
}
