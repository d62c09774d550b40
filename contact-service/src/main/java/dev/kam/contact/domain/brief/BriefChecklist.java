package dev.kam.contact.domain.brief;

import java.util.List;

/** The team's preparation list for one negotiation: one entry per person at the table, then the warnings. */
public record BriefChecklist(List<PersonChecklist> people, List<BriefWarning> warnings) {

    public BriefChecklist {
        if (people == null || warnings == null) {
            throw new IllegalArgumentException("People and warnings are required");
        }
        people = List.copyOf(people);
        warnings = List.copyOf(warnings);
    }

    public boolean hasWarning(BriefWarningCode code) {
        return warnings.stream().anyMatch(w -> w.code() == code);
    }
}
