package dev.kam.contact.service.brief;

import dev.kam.contact.domain.brief.BriefChecklist;
import java.util.List;
import java.util.UUID;

/** What contact-service itself knows for a brief, collected and access-checked in one transaction. */
record BriefFacts(UUID accountId, String accountName, MeetingPlan plan, boolean profilesIncluded,
        List<BriefView.Attendee> attendees, BriefChecklist checklist) {
}
