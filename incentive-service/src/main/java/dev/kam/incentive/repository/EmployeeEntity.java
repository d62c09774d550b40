package dev.kam.incentive.repository;

import dev.kam.incentive.domain.competency.ProfessionalismLevel;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A person whose pay and workload this service keeps, by Keycloak user id. */
@Entity
@Table(name = "employee")
public class EmployeeEntity {

    @Id
    @Column(name = "user_id")
    public String userId;

    @Column(nullable = false)
    public String position;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ProfessionalismLevel professionalism;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;
}
