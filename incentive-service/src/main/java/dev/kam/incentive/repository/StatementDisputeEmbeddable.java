package dev.kam.incentive.repository;

import dev.kam.incentive.domain.statement.DisputeOutcome;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;

/** An employee's objection to a statement line; the resolution columns stay null while it is open. */
@Embeddable
public class StatementDisputeEmbeddable {

    @Column(nullable = false)
    public int number;

    @Column(nullable = false)
    public String line;

    @Column(nullable = false)
    public String reason;

    @Column(name = "raised_by", nullable = false)
    public String raisedBy;

    @Column(name = "raised_at", nullable = false)
    public Instant raisedAt;

    @Enumerated(EnumType.STRING)
    public DisputeOutcome outcome;

    public String explanation;

    @Column(name = "resolved_by")
    public String resolvedBy;

    @Column(name = "resolved_at")
    public Instant resolvedAt;
}
