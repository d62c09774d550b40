package dev.kam.account.domain.health;

import dev.kam.account.domain.cadence.ContactStatus;
import dev.kam.account.domain.purchase.VolumeComparison;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Everything the cooling signals look at, as plain values gathered by the service. Dates are
 * calendar days in the company's zone. An absent fact (no purchases compared yet, no coverage
 * report from contact-service yet) makes its signals stay silent: unknown is not bad.
 */
public record HealthFacts(
        LocalDate today,
        Optional<VolumeComparison> purchases,
        Optional<ContactStatus> contact,
        List<InteractionFact> interactions,
        List<ProblemFact> problems,
        List<PlanActionFact> planActions,
        List<TeamDeparture> teamDepartures,
        Optional<StakeholderCoverage> coverage,
        List<StakeholderDeparture> stakeholderDepartures) {

    public HealthFacts {
        if (today == null) {
            throw new IllegalArgumentException("Today's date is required");
        }
        if (purchases == null || contact == null || coverage == null) {
            throw new IllegalArgumentException("Optional facts must be given or explicitly empty");
        }
        if (interactions == null || problems == null || planActions == null
                || teamDepartures == null || stakeholderDepartures == null) {
            throw new IllegalArgumentException("Fact lists are required (may be empty)");
        }
        if (Stream.of(interactions, problems, planActions, teamDepartures, stakeholderDepartures)
                .flatMap(List::stream).anyMatch(Objects::isNull)) {
            throw new IllegalArgumentException("A fact in a list cannot be missing");
        }
        interactions = List.copyOf(interactions);
        problems = List.copyOf(problems);
        planActions = List.copyOf(planActions);
        teamDepartures = List.copyOf(teamDepartures);
        stakeholderDepartures = List.copyOf(stakeholderDepartures);
    }

    /** Nothing known yet but the date; add facts with the {@code with...} methods. */
    public static HealthFacts on(LocalDate today) {
        return new HealthFacts(today, Optional.empty(), Optional.empty(), List.of(), List.of(), List.of(),
                List.of(), Optional.empty(), List.of());
    }

    public HealthFacts withPurchases(VolumeComparison comparison) {
        return new HealthFacts(today, Optional.of(comparison), contact, interactions, problems, planActions,
                teamDepartures, coverage, stakeholderDepartures);
    }

    public HealthFacts withContact(ContactStatus status) {
        return new HealthFacts(today, purchases, Optional.of(status), interactions, problems, planActions,
                teamDepartures, coverage, stakeholderDepartures);
    }

    public HealthFacts withInteractions(List<InteractionFact> newInteractions) {
        return new HealthFacts(today, purchases, contact, newInteractions, problems, planActions,
                teamDepartures, coverage, stakeholderDepartures);
    }

    public HealthFacts withProblems(List<ProblemFact> newProblems) {
        return new HealthFacts(today, purchases, contact, interactions, newProblems, planActions,
                teamDepartures, coverage, stakeholderDepartures);
    }

    public HealthFacts withPlanActions(List<PlanActionFact> newPlanActions) {
        return new HealthFacts(today, purchases, contact, interactions, problems, newPlanActions,
                teamDepartures, coverage, stakeholderDepartures);
    }

    public HealthFacts withTeamDepartures(List<TeamDeparture> departures) {
        return new HealthFacts(today, purchases, contact, interactions, problems, planActions,
                departures, coverage, stakeholderDepartures);
    }

    public HealthFacts withCoverage(StakeholderCoverage newCoverage) {
        return new HealthFacts(today, purchases, contact, interactions, problems, planActions,
                teamDepartures, Optional.of(newCoverage), stakeholderDepartures);
    }

    public HealthFacts withStakeholderDepartures(List<StakeholderDeparture> departures) {
        return new HealthFacts(today, purchases, contact, interactions, problems, planActions,
                teamDepartures, coverage, departures);
    }
}
