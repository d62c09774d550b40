package dev.kam.incentive.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

@ApplicationScoped
public class DepartedStakeholderRepository implements PanacheRepositoryBase<DepartedStakeholderEntity, UUID> {
}
