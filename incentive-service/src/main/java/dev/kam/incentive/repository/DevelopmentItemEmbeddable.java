package dev.kam.incentive.repository;

import dev.kam.incentive.domain.competency.Competency;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;

/** One item of a development plan. */
@Embeddable
public class DevelopmentItemEmbeddable {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Competency competency;

    @Column(nullable = false)
    public String action;

    @Column(name = "due_on", nullable = false)
    public LocalDate dueOn;

    @Column(nullable = false)
    public boolean done;
}
