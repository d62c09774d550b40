package dev.kam.incentive.repository;

import dev.kam.incentive.domain.workload.PurchasingCentralisation;
import dev.kam.incentive.domain.workload.SupportStaff;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** The rated workload factors of one employee on one account; a null factor is not rated. */
@Entity
@Table(name = "assignment_rating")
public class AssignmentRatingEntity {

    /** One employee on one account. */
    @Embeddable
    public record Key(@Column(name = "account_id") UUID accountId, @Column(name = "employee_id") String employeeId)
            implements Serializable {
    }

    @EmbeddedId
    public Key id;

    @Column(name = "client_potential")
    public Integer clientPotential;

    @Column(name = "distance_km")
    public Integer distanceKm;

    @Enumerated(EnumType.STRING)
    public PurchasingCentralisation centralisation;

    @Column(name = "internal_coordination")
    public Integer internalCoordination;

    @Column(name = "delivery_fulfilment")
    public BigDecimal deliveryFulfilment;

    public Integer competition;

    @Enumerated(EnumType.STRING)
    @Column(name = "support_staff")
    public SupportStaff supportStaff;

    @Column(name = "updated_by", nullable = false)
    public String updatedBy;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;
}
