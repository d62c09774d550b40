package dev.kam.account.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One point of an account's health history: a stored assessment, and whether it was a cooling. */
@Entity
@Table(name = "health_snapshot")
public class HealthSnapshotEntity {

    @Id
    public UUID id;

    @Column(name = "account_id", nullable = false)
    public UUID accountId;

    @Column(name = "assessed_at", nullable = false)
    public Instant assessedAt;

    @Column(nullable = false)
    public int score;

    @Column(nullable = false)
    public String band;

    /** The causes as a JSON array of {code, penalty, explanation}, heaviest first. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public String causes;

    @Column(nullable = false)
    public boolean cooling;
}
