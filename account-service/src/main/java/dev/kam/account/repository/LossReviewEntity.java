package dev.kam.account.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** Why an account was lost and what we learned, written when it is marked LOST; searchable. */
@Entity
@Table(name = "loss_review")
public class LossReviewEntity {

    @Id
    public UUID id;

    @Column(name = "account_id", nullable = false)
    public UUID accountId;

    /** The causes as a JSON array of strings, in the order given. */
    @Column(nullable = false)
    public String causes;

    @Column(nullable = false)
    public String lessons;

    @Column(name = "reviewed_by", nullable = false)
    public String reviewedBy;

    @Column(name = "reviewed_at", nullable = false)
    public Instant reviewedAt;
}
