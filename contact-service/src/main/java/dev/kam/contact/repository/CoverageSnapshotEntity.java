package dev.kam.contact.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** The coverage figures last published for an account. */
@Entity
@Table(name = "coverage_snapshot")
public class CoverageSnapshotEntity {

    @Id
    @Column(name = "account_id")
    public UUID accountId;

    @Column(name = "stakeholder_count", nullable = false)
    public int stakeholderCount;

    @Column(name = "leader_covered", nullable = false)
    public boolean leaderCovered;

    @Column(name = "only_butler_reachable", nullable = false)
    public boolean onlyButlerReachable;

    @Column(name = "relationship_holders", nullable = false)
    public int relationshipHolders;

    @Column(name = "assessed_at", nullable = false)
    public Instant assessedAt;
}
