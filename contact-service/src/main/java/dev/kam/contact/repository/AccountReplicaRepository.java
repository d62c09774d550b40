package dev.kam.contact.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

@ApplicationScoped
public class AccountReplicaRepository implements PanacheRepositoryBase<AccountReplicaEntity, UUID> {
}
