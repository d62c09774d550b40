package dev.kam.incentive.service.workload;

import dev.kam.incentive.domain.workload.AssignmentRatings;
import dev.kam.incentive.domain.workload.AssignmentWorkload;
import dev.kam.incentive.domain.workload.CapacityNorm;
import dev.kam.incentive.domain.workload.EmployeeLoad;
import dev.kam.incentive.domain.workload.FactorContribution;
import dev.kam.incentive.domain.workload.OverloadAlert;
import dev.kam.incentive.domain.workload.OverloadDetection;
import dev.kam.incentive.domain.workload.WorkloadFactor;
import dev.kam.incentive.domain.workload.WorkloadModel;
import dev.kam.incentive.repository.AssignmentRatingEntity;
import dev.kam.incentive.repository.AssignmentRatingRepository;
import dev.kam.incentive.repository.ClientRelationshipRepository;
import dev.kam.incentive.repository.EmployeeEntity;
import dev.kam.incentive.service.competency.EmployeeProfessionalism;
import dev.kam.incentive.service.competency.Professionalism;
import dev.kam.incentive.service.competency.ProfessionalismSource;
import dev.kam.kernel.AccountId;
import dev.kam.kernel.Percentage;
import dev.kam.kernel.UserId;
import dev.kam.plumbing.replica.AccountReplicaEntity;
import dev.kam.plumbing.replica.AccountReplicaRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * An employee's load from what is stored: the accounts they work on (account events), each
 * assignment's ratings (unrated factors ordinary), the client people they keep relations with
 * (stakeholder events) and their professionalism (the latest assessment, else the typed level).
 * Working time is not kept yet, so everyone's capacity is full time.
 */
@ApplicationScoped
public class EmployeeWorkloads {

    private static final Percentage FULL_TIME = Percentage.of("100");

    /** The load, and what the view needs beside it. */
    public record Computed(EmployeeLoad load, Professionalism professionalism, List<Assignment> assignments) {
    }

    /** One assignment's workload with the account and the ratings it was computed from. */
    public record Assignment(AccountReplicaEntity account, Optional<AssignmentRatingEntity> rating,
            AssignmentRatings ratings, AssignmentWorkload workload) {
    }

    private final AccountReplicaRepository accounts;
    private final AssignmentRatingRepository ratings;
    private final ClientRelationshipRepository relationships;
    private final EmployeeProfessionalism professionalism;
    private final WorkloadModel model;
    private final CapacityNorm norm;

    EmployeeWorkloads(AccountReplicaRepository accounts, AssignmentRatingRepository ratings,
            ClientRelationshipRepository relationships, EmployeeProfessionalism professionalism, WorkloadModel model,
            CapacityNorm norm) {
        this.accounts = accounts;
        this.ratings = ratings;
        this.relationships = relationships;
        this.professionalism = professionalism;
        this.model = model;
        this.norm = norm;
    }

    public Computed of(EmployeeEntity employee) {
        Professionalism level = professionalism.of(employee);
        List<Assignment> assignments = new ArrayList<>();
        // read for all assignments at once: a key account manager on thousands of teams is one query each
        Map<UUID, AssignmentRatingEntity> ratingsByAccount = ratings.ofEmployee(employee.userId);
        Map<UUID, Integer> clientPeopleByAccount = relationships.clientPeopleByAccountOf(employee.userId);
        for (AccountReplicaEntity account : accounts.workedOnBy(employee.userId)) {
            Optional<AssignmentRatingEntity> rating = Optional.ofNullable(ratingsByAccount.get(account.accountId));
            AssignmentRatings rated = rating.map(AssignmentRatingRecords::toDomain).orElse(AssignmentRatings.none());
            int clientPeople = clientPeopleByAccount.getOrDefault(account.accountId, 0);
            AssignmentWorkload workload = model.assess(rated.profile(new AccountId(account.accountId), clientPeople),
                    level.level());
            assignments.add(new Assignment(account, rating, rated, workload));
        }
        EmployeeLoad load = new EmployeeLoad(UserId.of(employee.userId),
                assignments.stream().map(Assignment::workload).toList(), norm.capacityAt(FULL_TIME));
        return new Computed(load, level, assignments);
    }

    public Optional<OverloadAlert> alertOf(Computed computed) {
        return new OverloadDetection(norm).check(computed.load());
    }

    public WorkloadView view(Computed computed) {
        EmployeeLoad load = computed.load();
        FactorSource professionalismFrom = computed.professionalism().source() == ProfessionalismSource.ASSESSMENT
                ? FactorSource.ASSESSMENT : FactorSource.RECORDED;
        List<AssignmentWorkloadView> assignments = computed.assignments().stream()
                .map(a -> view(a, professionalismFrom)).toList();
        return new WorkloadView(load.employee().value(), computed.professionalism().level(),
                computed.professionalism().source(), model.weights().version(), load.capacity().toPlainString(),
                load.load().toPlainString(), load.utilisation().toString(), load.headroom().toPlainString(),
                alertOf(computed).isPresent(), assignments);
    }

    public OverloadAlertView view(OverloadAlert alert) {
        return new OverloadAlertView(alert.employee().value(), alert.load().toPlainString(),
                alert.allowed().toPlainString(), alert.utilisation().toString(), alert.excess().toPlainString(),
                alert.heaviestAccounts().stream().map(AccountId::value).toList(), model.weights().version(),
                alert.explanation());
    }

    private static AssignmentWorkloadView view(Assignment assignment, FactorSource professionalismFrom) {
        List<FactorView> factors = assignment.workload().contributions().stream()
                .map(c -> factorView(c, sourceOf(c.factor(), assignment.ratings(), professionalismFrom))).toList();
        return new AssignmentWorkloadView(assignment.account().accountId, assignment.account().name,
                assignment.workload().units().toPlainString(), assignment.rating().map(r -> r.version).orElse(null),
                factors);
    }

    private static FactorSource sourceOf(WorkloadFactor factor, AssignmentRatings ratings,
            FactorSource professionalismFrom) {
        return switch (factor) {
            case CLIENT_RELATIONSHIPS -> FactorSource.STAKEHOLDER_EVENTS;
            case PROFESSIONALISM -> professionalismFrom;
            default -> ratings.rates(factor) ? FactorSource.RATED : FactorSource.ORDINARY;
        };
    }

    private static FactorView factorView(FactorContribution c, FactorSource source) {
        return new FactorView(c.factor(), c.factor().label(), c.input(), source, c.burden().value(),
                c.weight().toString(), c.units().toPlainString(), c.explanation());
    }
}
