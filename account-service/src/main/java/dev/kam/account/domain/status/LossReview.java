package dev.kam.account.domain.status;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * Why an account was lost and what we learned: required to mark an account LOST, so that every loss
 * feeds the cooling analysis and the same mistakes are not repeated.
 */
public record LossReview(List<LossCause> causes, String lessonsLearned) {

    public static final int MAX_CAUSES = 20;
    public static final int MAX_LESSONS_LENGTH = 4000;

    public LossReview {
        if (causes == null || causes.isEmpty()) {
            throw new IllegalArgumentException("A loss review names at least one cause");
        }
        if (causes.stream().anyMatch(Objects::isNull)) {
            throw new IllegalArgumentException("A loss cause cannot be missing");
        }
        causes = List.copyOf(causes);
        if (causes.size() > MAX_CAUSES) {
            throw new IllegalArgumentException("A loss review names at most " + MAX_CAUSES + " causes");
        }
        if (new HashSet<>(causes).size() != causes.size()) {
            throw new IllegalArgumentException("A loss review names each cause once");
        }
        if (lessonsLearned == null || lessonsLearned.isBlank()) {
            throw new IllegalArgumentException("A loss review states the lessons learned");
        }
        lessonsLearned = lessonsLearned.strip();
        if (lessonsLearned.length() > MAX_LESSONS_LENGTH) {
            throw new IllegalArgumentException(
                    "Lessons learned must be at most " + MAX_LESSONS_LENGTH + " characters");
        }
    }
}
