package dev.kam.incentive.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** A client person who left their company; relationships with them no longer make work. */
@Entity
@Table(name = "departed_stakeholder")
public class DepartedStakeholderEntity {

    @Id
    @Column(name = "stakeholder_id")
    public UUID stakeholderId;

    @Column(name = "account_id", nullable = false)
    public UUID accountId;
}
