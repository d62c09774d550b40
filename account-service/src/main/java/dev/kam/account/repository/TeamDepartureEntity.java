package dev.kam.account.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * One of our people left an account team: read by the health assessment (signal TeamMemberLeft),
 * because someone who leaves may take the client relationships they held along.
 */
@Entity
@Table(name = "team_departure")
public class TeamDepartureEntity {

    @Id
    public UUID id;

    @Column(name = "account_id", nullable = false)
    public UUID accountId;

    @Column(name = "user_id", nullable = false)
    public String userId;

    @Column(name = "left_at", nullable = false)
    public Instant leftAt;

    /** Client relationships the person held when leaving; 0 until contact-service feeds real numbers. */
    @Column(name = "relationships_held", nullable = false)
    public int relationshipsHeld;
}
