package dev.kam.contact.service.brief;

import dev.kam.contact.domain.relationship.RelationshipQuality;
import dev.kam.contact.domain.relationship.RelationshipType;
import dev.kam.contact.domain.role.BuyingCentreRole;
import dev.kam.contact.service.guidance.RoleGuidanceView;
import dev.kam.contact.service.history.LastContactView;
import dev.kam.contact.service.profile.ProfileAnswers;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A negotiation brief: the account as account-service knows it (or why that is missing), the client's
 * people at the table with their roles, guidance, our relationships with them and - for the team
 * members who negotiate - their profiles, then the checklist's warnings. Computed on request, never
 * stored.
 */
public record BriefView(UUID accountId, String accountName, LocalDate meetingOn, String purpose, Instant preparedAt,
        AccountPart account, List<InteractionPart> recentInteractions, List<ProblemPart> openProblems,
        List<String> missing, boolean profilesIncluded, String profilesNote, List<String> ourAttendeeIds,
        List<Attendee> attendees, List<Warning> warnings) {

    /** The dossier's headline figures from account-service. */
    public record AccountPart(String status, String marketState, String competitor, String industry, String segment,
            String region, String ownerId, Integer contactCadenceDays, Instant lastContactAt, Integer healthScore,
            String healthBand) {
    }

    public record InteractionPart(Instant occurredAt, String kind, String summary, String outcome, String nextStep,
            List<String> ourParticipantIds, List<String> stakeholderIds) {
    }

    public record ProblemPart(String title, String importance, String status, boolean weCanSolve,
            boolean competitorBetter, LocalDate openedOn, long ageDays) {
    }

    /**
     * A client person in a brief: {@code role}, {@code interest} and {@code involvement} are those of the
     * brief's scope (the account, or one purchase decision), {@code accountRole} the account-wide role;
     * the latest logged interactions that informed and met him (null: none). {@code profile},
     * {@code profileCompletenessPercent} and {@code openQuestions} are null when the caller may not see
     * negotiation profiles.
     */
    public record Attendee(UUID stakeholderId, String name, String position, String department, boolean erased,
            boolean primaryContact, BuyingCentreRole role, BuyingCentreRole accountRole, int interest,
            int involvement, RoleGuidanceView guidance, LastContactView lastInformed, LastContactView lastMet,
            List<Tie> relationships, ProfileAnswers profile, Integer profileCompletenessPercent,
            List<String> openQuestions) {
    }

    /**
     * One of our people's relationship with the person; {@code atTheMeeting} when he attends the planned
     * meeting too (null in a brief that is for no one meeting).
     */
    public record Tie(String holderId, RelationshipType type, RelationshipQuality quality, String reason,
            LocalDate lastContactOn, Boolean atTheMeeting) {
    }

    public record Warning(String code, UUID stakeholderId, String text) {
    }

    public BriefView {
        recentInteractions = List.copyOf(recentInteractions);
        openProblems = List.copyOf(openProblems);
        missing = List.copyOf(missing);
        ourAttendeeIds = List.copyOf(ourAttendeeIds);
        attendees = List.copyOf(attendees);
        warnings = List.copyOf(warnings);
    }
}
