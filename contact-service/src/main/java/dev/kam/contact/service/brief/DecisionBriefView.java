package dev.kam.contact.service.brief;

import dev.kam.contact.service.guidance.NextActionsView;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The brief for one purchase decision (a deal or tender): the account as account-service knows it (or
 * why that is missing), everyone still at the client who is assessed in the decision's buying centre
 * with his role there next to his account-wide one, the guidance for that role, when he was last
 * informed and met, our relationships with him and - for the team members who negotiate - his profile,
 * then the next actions the decision's buying centre calls for. Computed on request, never stored.
 */
public record DecisionBriefView(UUID decisionId, String decisionName, UUID accountId, String accountName,
        Instant preparedAt, BriefView.AccountPart account, List<BriefView.InteractionPart> recentInteractions,
        List<BriefView.ProblemPart> openProblems, List<String> missing, boolean profilesIncluded,
        String profilesNote, List<BriefView.Attendee> people, List<NextActionsView.Item> nextActions) {

    public DecisionBriefView {
        recentInteractions = List.copyOf(recentInteractions);
        openProblems = List.copyOf(openProblems);
        missing = List.copyOf(missing);
        people = List.copyOf(people);
        nextActions = List.copyOf(nextActions);
    }
}
