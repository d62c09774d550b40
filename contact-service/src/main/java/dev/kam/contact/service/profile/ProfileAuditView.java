package dev.kam.contact.service.profile;

import dev.kam.contact.repository.ProfileAuditAction;
import dev.kam.contact.repository.ProfileAuditEntity;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** One entry of a profile's audit trail: who did what to which questions, when; never the values. */
public record ProfileAuditView(ProfileAuditAction action, String actorId, List<String> fields, Instant occurredAt) {

    public static ProfileAuditView of(ProfileAuditEntity a) {
        List<String> fields = a.fields.isEmpty() ? List.of() : Arrays.asList(a.fields.split(","));
        return new ProfileAuditView(a.action, a.actorId, fields, a.occurredAt);
    }
}
