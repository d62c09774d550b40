package dev.kam.incentive.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class AuditEntryRepository implements PanacheRepositoryBase<AuditEntryEntity, UUID> {

    public List<AuditEntryEntity> of(AuditSubject type, String subjectId) {
        return list("subjectType = ?1 and subjectId = ?2 order by at, id", type, subjectId);
    }
}
