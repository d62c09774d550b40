package dev.kam.account.repository;

import dev.kam.account.domain.team.TeamRole;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapsId;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/** One of our people on an account team, with their role and written zone of responsibility. */
@Entity
@Table(name = "account_team_member")
public class TeamMemberEntity {

    @EmbeddedId
    public Key key;

    @MapsId("accountId")
    @ManyToOne(optional = false)
    public AccountEntity account;

    @Enumerated(EnumType.STRING)
    @Column(name = "team_role", nullable = false)
    public TeamRole teamRole;

    @Column(nullable = false)
    public String zone;

    @Column(name = "joined_at", nullable = false)
    public Instant joinedAt;

    @Embeddable
    public record Key(@Column(name = "account_id") UUID accountId, @Column(name = "user_id") String userId)
            implements Serializable {
    }

    public String userId() {
        return key.userId();
    }
}
