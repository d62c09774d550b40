package dev.kam.contact.repository;

import dev.kam.contact.domain.profile.ProfileQuestion;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;

/** A negotiation profile: personal data, read and written only by the account team. */
@Entity
@Table(name = "personal_profile")
public class PersonalProfileEntity {

    @Id
    @Column(name = "stakeholder_id")
    public UUID stakeholderId;

    @Column(name = "account_id", nullable = false)
    public UUID accountId;

    @Column(name = "updated_by", nullable = false)
    public String updatedBy;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "profile_answer", joinColumns = @JoinColumn(name = "stakeholder_id"))
    @MapKeyEnumerated(EnumType.STRING)
    @MapKeyColumn(name = "question")
    @Column(name = "answer", nullable = false)
    public Map<ProfileQuestion, String> answers = new EnumMap<>(ProfileQuestion.class);
}
