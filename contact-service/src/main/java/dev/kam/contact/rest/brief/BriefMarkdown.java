package dev.kam.contact.rest.brief;

import dev.kam.contact.service.brief.BriefView;
import dev.kam.contact.service.brief.DecisionBriefView;
import dev.kam.contact.service.guidance.RoleGuidanceView;
import dev.kam.contact.service.history.LastContactView;
import dev.kam.contact.service.profile.ProfileAnswers;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A brief - for a planned meeting, or for one purchase decision - as Markdown to read or print before
 * negotiating. Every text that comes from data is escaped ({@link #escape}): it can neither start a
 * heading or list, nor become a link, emphasis or raw HTML.
 */
public final class BriefMarkdown {

    public static final String MEDIA_TYPE = "text/markdown";

    private BriefMarkdown() {
    }

    public static String render(BriefView brief) {
        StringBuilder md = new StringBuilder(4096);
        md.append("# Negotiation brief: ").append(escape(brief.accountName())).append("\n\n");
        md.append("- **Meeting:** ").append(brief.meetingOn()).append("\n");
        md.append("- **Purpose:** ").append(escape(brief.purpose())).append("\n");
        md.append("- **Our people:** ").append(brief.ourAttendeeIds().isEmpty() ? "not named"
                : brief.ourAttendeeIds().stream().map(BriefMarkdown::escape).collect(Collectors.joining(", ")))
                .append("\n");
        md.append("- **Prepared:** ").append(brief.preparedAt()).append("\n\n");

        missing(md, brief.missing());
        if (!brief.warnings().isEmpty()) {
            md.append("## Warnings\n\n");
            brief.warnings().forEach(w -> md.append("- **").append(escape(w.code())).append("**")
                    .append(w.stakeholderId() == null ? "" : " (" + nameOf(brief.attendees(), w.stakeholderId()) + ")")
                    .append(": ").append(escape(w.text())).append("\n"));
            md.append("\n");
        }
        account(md, brief.account(), brief.recentInteractions(), brief.openProblems());
        md.append("## At the table\n\n");
        if (brief.attendees().isEmpty()) {
            md.append("Nobody from the client is expected.\n\n");
        }
        people(md, brief.profilesNote(), brief.attendees());
        return md.toString();
    }

    public static String render(DecisionBriefView brief) {
        StringBuilder md = new StringBuilder(4096);
        md.append("# Negotiation brief: ").append(escape(brief.decisionName())).append("\n\n");
        md.append("- **Account:** ").append(escape(brief.accountName())).append("\n");
        md.append("- **Prepared:** ").append(brief.preparedAt()).append("\n\n");
        missing(md, brief.missing());
        md.append("## Next actions for this decision\n\n");
        if (brief.nextActions().isEmpty()) {
            md.append("None: the buying centre of this decision is covered.\n");
        }
        brief.nextActions().forEach(a -> md.append("- **").append(escape(a.code())).append("**")
                .append(a.stakeholderId() == null ? "" : " (" + nameOf(brief.people(), a.stakeholderId()) + ")")
                .append(": ").append(escape(a.action())).append("\n"));
        md.append("\n");
        account(md, brief.account(), brief.recentInteractions(), brief.openProblems());
        md.append("## The buying centre of this decision\n\n");
        if (brief.people().isEmpty()) {
            md.append("Nobody still at the client is assessed in this decision.\n\n");
        }
        people(md, brief.profilesNote(), brief.people());
        return md.toString();
    }

    private static void missing(StringBuilder md, List<String> missing) {
        if (!missing.isEmpty()) {
            md.append("> **Missing from this brief**\n");
            missing.forEach(m -> md.append(">\n> ").append(escape(m)).append("\n"));
            md.append("\n");
        }
    }

    private static void people(StringBuilder md, String profilesNote, List<BriefView.Attendee> people) {
        if (profilesNote != null) {
            md.append("_").append(escape(profilesNote)).append("_\n\n");
        }
        people.forEach(a -> attendee(md, a));
    }

    private static void account(StringBuilder md, BriefView.AccountPart a, List<BriefView.InteractionPart> interactions,
            List<BriefView.ProblemPart> problems) {
        md.append("## The account\n\n");
        if (a == null) {
            md.append("Not available (see above).\n\n");
            return;
        }
        row(md, "Status", a.status() + (a.marketState() == null ? "" : ", " + a.marketState()));
        row(md, "Competitor", a.competitor());
        row(md, "Industry / segment / region",
                List.of(a.industry(), a.segment(), a.region()).stream().filter(Objects::nonNull)
                        .collect(Collectors.joining(" / ")));
        row(md, "Health", a.healthScore() == null ? null : a.healthScore() + " (" + a.healthBand() + ")");
        row(md, "Last contact", a.lastContactAt() == null ? "none logged" : a.lastContactAt().toString());
        row(md, "Target contact every", a.contactCadenceDays() == null ? null : a.contactCadenceDays() + " days");
        md.append("\n### Recent interactions\n\n");
        if (interactions.isEmpty()) {
            md.append("None logged.\n");
        }
        interactions.forEach(i -> md.append("- ").append(i.occurredAt()).append(" **")
                .append(escape(i.kind())).append("**")
                .append(i.outcome() == null ? "" : " (" + escape(i.outcome()) + ")").append(": ")
                .append(escape(i.summary()))
                .append(i.nextStep() == null ? "" : " Next step: " + escape(i.nextStep())).append("\n"));
        md.append("\n### Open client problems\n\n");
        if (problems.isEmpty()) {
            md.append("None open.\n");
        }
        problems.forEach(p -> md.append("- **").append(escape(p.title())).append("** (")
                .append(escape(p.importance())).append(", ").append(escape(p.status())).append(", ")
                .append(p.ageDays()).append(" days): ")
                .append(p.weCanSolve() ? "we can solve it" : "we cannot solve it")
                .append(p.competitorBetter() ? "; a competitor could solve it on better terms" : "").append("\n"));
        md.append("\n");
    }

    private static void attendee(StringBuilder md, BriefView.Attendee a) {
        md.append("### ").append(escape(a.name()));
        if (a.position() != null) {
            md.append(", ").append(escape(a.position()));
        }
        md.append("\n\n");
        md.append("- **Role:** ").append(a.role()).append(" (interest ").append(a.interest()).append(", involvement ")
                .append(a.involvement()).append(")")
                .append(a.accountRole() == null || a.accountRole() == a.role() ? ""
                        : "; account-wide " + a.accountRole())
                .append(a.primaryContact() ? ", our primary contact" : "").append("\n");
        if (a.department() != null) {
            md.append("- **Department:** ").append(escape(a.department())).append("\n");
        }
        md.append("- **Last informed:** ").append(contact(a.lastInformed())).append("; **last met:** ")
                .append(contact(a.lastMet())).append("\n");
        md.append("- **Our relationships:** ");
        if (a.relationships().isEmpty()) {
            md.append("nobody of ours knows this person\n");
        } else {
            md.append("\n");
            a.relationships().forEach(t -> md.append("  - ").append(escape(t.holderId())).append(": ")
                    .append(t.quality()).append(", ").append(t.type())
                    .append(t.lastContactOn() == null ? "" : ", last contact " + t.lastContactOn())
                    .append(Boolean.TRUE.equals(t.atTheMeeting()) ? ", attends" : "")
                    .append(t.reason() == null ? "" : " (" + escape(t.reason()) + ")").append("\n"));
        }
        RoleGuidanceView guidance = a.guidance();
        md.append("- **How to work with a ").append(guidance.role().name().toLowerCase()).append(":** ")
                .append(escape(guidance.purpose())).append("\n");
        guidance.rules().forEach(r -> md.append("  - ").append(escape(r.text())).append("\n"));
        if (a.profile() != null) {
            md.append("- **Profile** (").append(a.profileCompletenessPercent()).append("% answered):\n");
            answers(a.profile()).forEach((question, answer) -> md.append("  - ").append(question).append(": ")
                    .append(escape(answer)).append("\n"));
            if (!a.openQuestions().isEmpty()) {
                md.append("  - Still to find out: ").append(String.join(", ", a.openQuestions())).append("\n");
            }
        }
        md.append("\n");
    }

    private static String contact(LastContactView contact) {
        if (contact == null) {
            return "no logged interaction";
        }
        return contact.at() + (contact.kind() == null ? "" : " (" + contact.kind() + ")");
    }

    private static Map<String, String> answers(ProfileAnswers p) {
        Map<String, String> answers = new LinkedHashMap<>();
        answers.put("Education", p.education());
        answers.put("Previous position", p.previousPosition());
        answers.put("Company or self", p.companyOrSelf());
        answers.put("Takes to heart", p.personalConcerns());
        answers.put("Ties with our staff", p.tiesWithOurStaff());
        answers.put("Ethical considerations", p.ethicalConsiderations());
        answers.put("Negotiating style", p.negotiatingStyle());
        answers.put("Felt obligations", p.feltObligations());
        answers.put("Company problems", p.companyProblems());
        answers.put("Competitor's offer", p.competitorOffer());
        answers.values().removeIf(Objects::isNull);
        return answers;
    }

    private static String nameOf(List<BriefView.Attendee> people, UUID stakeholderId) {
        return people.stream().filter(a -> a.stakeholderId().equals(stakeholderId))
                .map(a -> escape(a.name())).findFirst().orElse(stakeholderId.toString());
    }

    private static void row(StringBuilder md, String label, String value) {
        if (value != null && !value.isBlank()) {
            md.append("- **").append(label).append(":** ").append(escape(value)).append("\n");
        }
    }

    /**
     * One line of literal text: line breaks become spaces, Markdown's punctuation is backslash-escaped
     * and HTML's specials become entities, so nothing in it is read as markup.
     */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        text.replaceAll("[\\r\\n\\u2028\\u2029]+", " ").codePoints().forEach(c -> {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '\\', '`', '*', '_', '{', '}', '[', ']', '(', ')', '#', '+', '-', '.', '!', '|', '~', '"',
                        '\'', '=' -> out.append('\\').appendCodePoint(c);
                default -> {
                    if (!Character.isISOControl(c)) {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.toString();
    }
}
