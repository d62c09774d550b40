package dev.kam.account.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class TeamDepartureRepository implements PanacheRepositoryBase<TeamDepartureEntity, UUID> {

    /** The departures from an account's team since the given instant, oldest first. */
    public List<TeamDepartureEntity> since(UUID accountId, Instant since) {
        return find("accountId = ?1 and leftAt >= ?2 order by leftAt, id", accountId, since).list();
    }
}
