package dev.kam.plumbing.replica;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * An account as account-service's events describe it: name, status, owner and the whole team.
 * Declared an entity (table {@code account_replica}) in META-INF/account-replica-orm.xml rather than by
 * {@code @Entity}, so that only a service that opts in maps it (see {@link AccountReplicaSwitch}).
 */
public class AccountReplicaEntity {

    @Id
    @Column(name = "account_id")
    public UUID accountId;

    public String name;

    public String status;

    @Column(name = "owner_id")
    public String ownerId;

    /** When the team in {@link #members} was current; an older team event must not overwrite it. */
    @Column(name = "team_changed_at")
    public Instant teamChangedAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** User id to the team role named in the event contract. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "account_replica_member", joinColumns = @JoinColumn(name = "account_id"))
    @MapKeyColumn(name = "user_id")
    @Column(name = "team_role", nullable = false)
    public Map<String, String> members = new HashMap<>();
}
