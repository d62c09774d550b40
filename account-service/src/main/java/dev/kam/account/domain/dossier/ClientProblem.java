package dev.kam.account.domain.dossier;

import dev.kam.kernel.BoundedText;
import dev.kam.kernel.DomainRuleViolation;
import dev.kam.kernel.UserId;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * One of the client's problems or tasks: how much it matters, whether we can solve it, whether a
 * competitor could solve it on better terms, who owns it and where it stands. A problem is resolved
 * on the day it is closed (solved or dropped); reopening it clears that date, because the client
 * is waiting again.
 */
public record ClientProblem(
        String title,
        Optional<String> description,
        Importance importance,
        boolean weCanSolve,
        boolean competitorBetter,
        UserId owner,
        ProblemStatus status,
        LocalDate openedOn,
        Optional<LocalDate> resolvedOn) {

    public static final int MAX_TITLE_LENGTH = 200;
    public static final int MAX_DESCRIPTION_LENGTH = 4000;

    public ClientProblem {
        if (importance == null || owner == null || status == null || openedOn == null) {
            throw new IllegalArgumentException("Importance, owner, status and opening date are required");
        }
        if (description == null || resolvedOn == null) {
            throw new IllegalArgumentException("Description and resolution date must be given or explicitly empty");
        }
        title = BoundedText.required(title, "title", MAX_TITLE_LENGTH);
        description = BoundedText.optional(description, "description", MAX_DESCRIPTION_LENGTH);
        if (status.isOpen() && resolvedOn.isPresent()) {
            throw new IllegalArgumentException("An open problem has no resolution date");
        }
        if (!status.isOpen() && resolvedOn.isEmpty()) {
            throw new IllegalArgumentException("A closed problem has a resolution date");
        }
        if (resolvedOn.map(on -> on.isBefore(openedOn)).orElse(false)) {
            throw new DomainRuleViolation("problem-resolved-before-opened",
                    "A problem cannot be resolved before it was opened");
        }
    }

    /** A newly recorded problem; one recorded already closed counts as resolved today. */
    public static ClientProblem recorded(String title, Optional<String> description, Importance importance,
            boolean weCanSolve, boolean competitorBetter, UserId owner, ProblemStatus status, LocalDate openedOn,
            LocalDate today) {
        requireOpenedByToday(openedOn, today);
        return new ClientProblem(title, description, importance, weCanSolve, competitorBetter, owner, status,
                openedOn, status == null || status.isOpen() ? Optional.empty() : Optional.of(today));
    }

    /**
     * The problem with new values (unchanged ones passed as they are). Closing sets the resolution
     * date to today, reopening clears it, and moving between the two closed states keeps it.
     */
    public ClientProblem revised(String newTitle, Optional<String> newDescription, Importance newImportance,
            boolean newWeCanSolve, boolean newCompetitorBetter, UserId newOwner, ProblemStatus newStatus,
            LocalDate newOpenedOn, LocalDate today) {
        requireOpenedByToday(newOpenedOn, today);
        if (newStatus == null) {
            throw new IllegalArgumentException("Status is required");
        }
        Optional<LocalDate> newResolvedOn;
        if (newStatus.isOpen()) {
            newResolvedOn = Optional.empty();
        } else if (status.isOpen()) {
            newResolvedOn = Optional.of(today);
        } else {
            newResolvedOn = resolvedOn;
        }
        return new ClientProblem(newTitle, newDescription, newImportance, newWeCanSolve, newCompetitorBetter,
                newOwner, newStatus, newOpenedOn, newResolvedOn);
    }

    /** Open (or in progress) and HIGH or CRITICAL: the problems whose neglect cools a relationship. */
    public boolean openAndImportant() {
        return status.isOpen() && importance.isImportant();
    }

    /** Days the client has waited: up to today while open, up to the resolution once closed. */
    public long ageInDays(LocalDate today) {
        if (today == null) {
            throw new IllegalArgumentException("Today's date is required");
        }
        return Math.max(0, ChronoUnit.DAYS.between(openedOn, resolvedOn.orElse(today)));
    }

    private static void requireOpenedByToday(LocalDate openedOn, LocalDate today) {
        if (openedOn == null || today == null) {
            throw new IllegalArgumentException("Opening date and today's date are required");
        }
        if (openedOn.isAfter(today)) {
            throw new DomainRuleViolation("problem-opened-in-future",
                    "A problem is recorded once the client has it; its opening date cannot be in the future");
        }
    }
}
