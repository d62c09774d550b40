package dev.kam.contact.service.profile;

import dev.kam.contact.domain.StakeholderId;
import dev.kam.contact.domain.access.PeopleAction;
import dev.kam.contact.domain.profile.PersonalProfile;
import dev.kam.contact.domain.profile.ProfileAnswer;
import dev.kam.contact.domain.profile.ProfileQuestion;
import dev.kam.contact.repository.PersonalProfileEntity;
import dev.kam.contact.repository.PersonalProfileRepository;
import dev.kam.contact.repository.ProfileAuditAction;
import dev.kam.contact.repository.StakeholderEntity;
import dev.kam.contact.service.access.StakeholderAccess;
import dev.kam.kernel.DomainRuleViolation;
import dev.kam.plumbing.http.EntityVersions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Reads and rewrites a person's negotiation profile, for the account team members who negotiate
 * only. Every read and every change is audited with the questions concerned, never the answers.
 */
@ApplicationScoped
@Transactional
public class KeepingProfiles {

    private final StakeholderAccess access;
    private final PersonalProfileRepository profiles;
    private final ProfileAuditTrail audit;
    private final Clock clock;

    KeepingProfiles(StakeholderAccess access, PersonalProfileRepository profiles, ProfileAuditTrail audit,
            Clock clock) {
        this.access = access;
        this.profiles = profiles;
        this.audit = audit;
        this.clock = clock;
    }

    /** The profile; the read itself is audited (so this is not a read-only transaction). */
    public ProfileView read(UUID stakeholderId) {
        StakeholderEntity person = access.requireStakeholder(stakeholderId, PeopleAction.HANDLE_PERSONAL_DATA);
        PersonalProfileEntity stored = profiles.findById(stakeholderId);
        PersonalProfile profile = domainOf(stakeholderId, stored);
        audit.record(stakeholderId, person.accountId, access.caller().id().value(), ProfileAuditAction.READ,
                profile.answers().keySet());
        return view(stakeholderId, stored, profile);
    }

    /** Rewrites every answer (a question left out is cleared); needs the ETag read before. */
    public ProfileView write(UUID stakeholderId, String ifMatch, ProfileAnswers answers) {
        StakeholderEntity person = access.requireStakeholder(stakeholderId, PeopleAction.HANDLE_PERSONAL_DATA);
        if (person.erased()) {
            throw new DomainRuleViolation("stakeholder-erased",
                    "This person's data was erased; no new profile is kept about him");
        }
        PersonalProfileEntity stored = profiles.findById(stakeholderId);
        EntityVersions.requireMatch(ifMatch, tagOf(stored));
        PersonalProfile before = domainOf(stakeholderId, stored);
        PersonalProfile after = PersonalProfile.empty(new StakeholderId(stakeholderId));
        for (Map.Entry<ProfileQuestion, String> answer : answers.byQuestion().entrySet()) {
            after = after.answering(answer.getKey(), answer.getValue());
        }
        List<ProfileQuestion> changed = changedQuestions(before, after);
        if (changed.isEmpty()) {
            return view(stakeholderId, stored, before);
        }
        String caller = access.caller().id().value();
        PersonalProfileEntity target = stored == null ? new PersonalProfileEntity() : stored;
        target.answers.clear();
        after.answers().forEach((question, answer) -> target.answers.put(question, answer.text()));
        target.updatedBy = caller;
        target.updatedAt = Instant.now(clock);
        if (stored == null) {
            // persisted complete, so the first write is version 0 (ETag "1") and not bumped by its own answers
            target.stakeholderId = person.id;
            target.accountId = person.accountId;
            profiles.persist(target);
        }
        profiles.flush();
        audit.record(stakeholderId, person.accountId, caller, ProfileAuditAction.CHANGE, changed);
        return view(stakeholderId, target, after);
    }

    /** The ETag of a profile: 0 while none is stored, then the stored version + 1. */
    static long tagOf(PersonalProfileEntity stored) {
        return stored == null ? 0 : stored.version + 1;
    }

    public static PersonalProfile domainOf(UUID stakeholderId, PersonalProfileEntity stored) {
        Map<ProfileQuestion, ProfileAnswer> answers = new EnumMap<>(ProfileQuestion.class);
        if (stored != null) {
            stored.answers.forEach((question, text) -> answers.put(question, new ProfileAnswer(text)));
        }
        return new PersonalProfile(new StakeholderId(stakeholderId), answers);
    }

    public static ProfileView view(UUID stakeholderId, PersonalProfileEntity stored, PersonalProfile profile) {
        Map<ProfileQuestion, String> texts = new EnumMap<>(ProfileQuestion.class);
        profile.answers().forEach((question, answer) -> texts.put(question, answer.text()));
        return new ProfileView(stakeholderId, ProfileAnswers.of(texts), profile.completeness().percent(),
                profile.missingQuestions().stream().map(ProfileQuestion::code).toList(), tagOf(stored),
                stored == null ? null : stored.updatedBy, stored == null ? null : stored.updatedAt);
    }

    private static List<ProfileQuestion> changedQuestions(PersonalProfile before, PersonalProfile after) {
        return Arrays.stream(ProfileQuestion.values())
                .filter(q -> !Objects.equals(before.answer(q), after.answer(q)))
                .toList();
    }
}
