package dev.kam.incentive.service.workload;

import dev.kam.incentive.domain.workload.AccountRecommendation;
import dev.kam.incentive.domain.workload.CapacityNorm;
import dev.kam.incentive.domain.workload.WorkloadFactor;
import dev.kam.incentive.domain.workload.WorkloadModel;
import dev.kam.incentive.repository.EmployeeRepository;
import dev.kam.incentive.service.access.IncentiveAccess;
import dev.kam.incentive.service.employee.EmployeeRecords;
import dev.kam.kernel.Percentage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Loads, recommendations, overload alerts and the norm itself, computed when asked from what is stored. */
@ApplicationScoped
public class ReadingWorkload {

    private static final Percentage FULL_TIME = Percentage.of("100");

    private final EmployeeRepository employees;
    private final EmployeeRecords records;
    private final EmployeeWorkloads workloads;
    private final WorkloadModel model;
    private final CapacityNorm norm;
    private final IncentiveAccess access;

    ReadingWorkload(EmployeeRepository employees, EmployeeRecords records, EmployeeWorkloads workloads,
            WorkloadModel model, CapacityNorm norm, IncentiveAccess access) {
        this.employees = employees;
        this.records = records;
        this.workloads = workloads;
        this.model = model;
        this.norm = norm;
        this.access = access;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public WorkloadView loadOf(String userId) {
        access.requireSelfOrStaffing(userId);
        return workloads.view(workloads.of(records.require(userId)));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public RecommendationView recommendationFor(String userId) {
        access.requireSelfOrStaffing(userId);
        EmployeeWorkloads.Computed computed = workloads.of(records.require(userId));
        AccountRecommendation recommendation = AccountRecommendation.forEmployee(model,
                computed.professionalism().level(), norm.capacityAt(FULL_TIME));
        return new RecommendationView(userId, recommendation.level(), model.weights().version(),
                recommendation.capacity().toPlainString(), recommendation.perAccount().toPlainString(),
                recommendation.accounts(), computed.assignments().size(), recommendation.explanation());
    }

    /** Every registered employee above the norm, most overloaded first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<OverloadAlertView> alerts() {
        return employees.listAll().stream()
                .map(workloads::of)
                .map(workloads::alertOf)
                .flatMap(Optional::stream)
                .sorted((a, b) -> b.excess().compareTo(a.excess()))
                .map(workloads::view)
                .toList();
    }

    public WorkloadNormsView norms() {
        Map<WorkloadFactor, String> weights = new EnumMap<>(WorkloadFactor.class);
        model.weights().weights().forEach((factor, weight) -> weights.put(factor, weight.value().toPlainString()));
        return new WorkloadNormsView(model.weights().version(), weights, norm.unitsPerFullTime().toPlainString(),
                norm.overloadAbove().value().toPlainString());
    }
}
