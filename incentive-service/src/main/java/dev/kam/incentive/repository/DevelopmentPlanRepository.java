package dev.kam.incentive.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class DevelopmentPlanRepository implements PanacheRepositoryBase<DevelopmentPlanEntity, String> {
}
