package dev.kam.contact.domain.brief;

import dev.kam.contact.domain.StakeholderId;
import dev.kam.kernel.UserId;
import dev.kam.contact.domain.profile.ProfileCompleteness;
import dev.kam.contact.domain.profile.ProfileQuestion;
import dev.kam.contact.domain.role.RoleGuidance;
import java.util.List;
import java.util.Set;

/**
 * What to prepare for one person at the table: how to work with his role, which profile questions are
 * still open, and which of our people know him.
 */
public record PersonChecklist(StakeholderId stakeholder, RoleGuidance guidance, ProfileCompleteness completeness,
        List<ProfileQuestion> unansweredQuestions, Set<UserId> ourContacts) {

    public PersonChecklist {
        if (stakeholder == null || guidance == null || completeness == null
                || unansweredQuestions == null || ourContacts == null) {
            throw new IllegalArgumentException("Every part of a person's checklist is required");
        }
        unansweredQuestions = List.copyOf(unansweredQuestions);
        ourContacts = Set.copyOf(ourContacts);
    }
}
