package dev.kam.contact.repository;

import dev.kam.contact.domain.stakeholder.StakeholderStatus;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A person of the client's buying centre. */
@Entity
@Table(name = "stakeholder")
public class StakeholderEntity {

    @Id
    public UUID id;

    @Column(name = "account_id", nullable = false)
    public UUID accountId;

    @Column(name = "full_name", nullable = false)
    public String name;

    public String position;

    public String department;

    @Column(name = "reports_to")
    public UUID reportsTo;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public StakeholderStatus status;

    @Column(name = "left_on")
    public LocalDate leftOn;

    @Column(name = "left_to")
    public String leftTo;

    @Column(name = "primary_contact", nullable = false)
    public boolean primaryContact;

    @Column(name = "erased_at")
    public Instant erasedAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "stakeholder_channel", joinColumns = @JoinColumn(name = "stakeholder_id"))
    @OrderColumn(name = "position_no")
    public List<ChannelEmbeddable> channels = new ArrayList<>();

    public boolean erased() {
        return erasedAt != null;
    }
}
