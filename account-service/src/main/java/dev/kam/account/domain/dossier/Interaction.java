package dev.kam.account.domain.dossier;

import dev.kam.account.domain.negotiation.Concession;
import dev.kam.kernel.BoundedText;
import dev.kam.kernel.DomainRuleViolation;
import dev.kam.kernel.UserId;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * One contact with the client as the relationship history keeps it: when, how, who took part on
 * both sides, how it went and what comes next. Rules: it is logged once it has happened; at least
 * one of our people took part; concessions belong to negotiations only (tit-for-tat is tracked
 * move by move at the negotiating table).
 */
public record Interaction(
        InteractionKind kind,
        Instant occurredAt,
        List<UserId> ourParticipants,
        List<UUID> stakeholderIds,
        String summary,
        Outcome outcome,
        Optional<String> nextStep,
        Optional<LocalDate> followUpOn,
        List<Concession> concessions) {

    /** Clock skew between the logger's device and ours; anything later is a contact yet to happen. */
    public static final Duration FUTURE_TOLERANCE = Duration.ofMinutes(5);
    public static final int MAX_SUMMARY_LENGTH = 4000;
    public static final int MAX_NEXT_STEP_LENGTH = 1000;
    public static final int MAX_PARTICIPANTS = 20;
    public static final int MAX_STAKEHOLDERS = 50;
    public static final int MAX_CONCESSIONS = 20;

    public Interaction {
        if (kind == null || occurredAt == null || outcome == null) {
            throw new IllegalArgumentException("Kind, time and outcome of the interaction are required");
        }
        if (ourParticipants == null || stakeholderIds == null || concessions == null) {
            throw new IllegalArgumentException("Participants and concessions are required (may be empty)");
        }
        if (nextStep == null || followUpOn == null) {
            throw new IllegalArgumentException("Next step and follow-up date must be given or explicitly empty");
        }
        if (ourParticipants.stream().anyMatch(Objects::isNull) || stakeholderIds.stream().anyMatch(Objects::isNull)
                || concessions.stream().anyMatch(Objects::isNull)) {
            throw new IllegalArgumentException("A participant or concession cannot be missing");
        }
        ourParticipants = List.copyOf(new LinkedHashSet<>(ourParticipants));
        stakeholderIds = List.copyOf(new LinkedHashSet<>(stakeholderIds));
        concessions = List.copyOf(concessions);
        if (ourParticipants.isEmpty()) {
            throw new IllegalArgumentException("At least one of our people took part in the interaction");
        }
        if (ourParticipants.size() > MAX_PARTICIPANTS || stakeholderIds.size() > MAX_STAKEHOLDERS) {
            throw new IllegalArgumentException("An interaction has at most " + MAX_PARTICIPANTS
                    + " of our participants and " + MAX_STAKEHOLDERS + " of the client's");
        }
        if (concessions.size() > MAX_CONCESSIONS) {
            throw new IllegalArgumentException("At most " + MAX_CONCESSIONS + " concessions per negotiation");
        }
        summary = BoundedText.required(summary, "summary", MAX_SUMMARY_LENGTH);
        nextStep = BoundedText.optional(nextStep, "next step", MAX_NEXT_STEP_LENGTH);
    }

    /** A contact that has taken place, checked against the rules of the history at {@code now}. */
    public static Interaction logged(InteractionKind kind, Instant occurredAt, List<UserId> ourParticipants,
            List<UUID> stakeholderIds, String summary, Outcome outcome, Optional<String> nextStep,
            Optional<LocalDate> followUpOn, List<Concession> concessions, Instant now) {
        if (now == null) {
            throw new IllegalArgumentException("The current time is required");
        }
        Interaction interaction = new Interaction(kind, occurredAt, ourParticipants, stakeholderIds, summary,
                outcome, nextStep, followUpOn, concessions);
        if (occurredAt.isAfter(now.plus(FUTURE_TOLERANCE))) {
            throw new DomainRuleViolation("interaction-in-future",
                    "An interaction is logged once it has taken place; plan future contacts as a follow-up date");
        }
        if (!interaction.concessions().isEmpty()) {
            requireAcceptsConcessions(kind);
        }
        return interaction;
    }

    /** Concessions are moves at the negotiating table, so only a negotiation can carry them. */
    public static void requireAcceptsConcessions(InteractionKind kind) {
        if (kind == null) {
            throw new IllegalArgumentException("Interaction kind is required");
        }
        if (kind != InteractionKind.NEGOTIATION) {
            throw new DomainRuleViolation("concessions-need-negotiation",
                    "Concessions are recorded with negotiations only, not with a " + kind.name().toLowerCase());
        }
    }
}
