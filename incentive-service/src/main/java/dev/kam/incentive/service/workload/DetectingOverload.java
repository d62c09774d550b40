package dev.kam.incentive.service.workload;

import dev.kam.events.incentive.IncentiveEvents;
import dev.kam.incentive.domain.workload.OverloadAlert;
import dev.kam.incentive.domain.workload.WorkloadModel;
import dev.kam.incentive.event.IncentiveEventMapping;
import dev.kam.incentive.repository.EmployeeEntity;
import dev.kam.incentive.repository.EmployeeRepository;
import dev.kam.incentive.repository.OverloadStateEntity;
import dev.kam.incentive.repository.OverloadStateRepository;
import dev.kam.plumbing.outbox.Outbox;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Optional;

/**
 * Rechecks employees' loads after something that changes them (a rating, an assessment, a team or a
 * relationship event), in that change's transaction, and announces overload-detected through the
 * outbox when a load crosses above the norm; while it stays above nothing more is announced, and
 * falling back below re-arms the alert. People not registered here have no load to check.
 */
@ApplicationScoped
public class DetectingOverload {

    private final EmployeeRepository employees;
    private final OverloadStateRepository states;
    private final EmployeeWorkloads workloads;
    private final WorkloadModel model;
    private final Outbox outbox;
    private final Clock clock;

    DetectingOverload(EmployeeRepository employees, OverloadStateRepository states, EmployeeWorkloads workloads,
            WorkloadModel model, Outbox outbox, Clock clock) {
        this.employees = employees;
        this.states = states;
        this.workloads = workloads;
        this.model = model;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void recheck(Collection<String> userIds) {
        userIds.stream().distinct().sorted().forEach(this::recheck);
    }

    private void recheck(String userId) {
        EmployeeEntity employee = employees.findById(userId);
        if (employee == null) {
            return;
        }
        // flushed first so the load is computed from the change just made, not from before it
        employees.flush();
        Optional<OverloadAlert> alert = workloads.alertOf(workloads.of(employee));
        OverloadStateEntity state = states.findById(userId);
        boolean wasOverloaded = state != null && state.overloaded;
        if (alert.isPresent() == wasOverloaded) {
            return;
        }
        Instant now = Instant.now(clock);
        boolean first = state == null;
        if (first) {
            state = new OverloadStateEntity();
            state.employeeId = userId;
        }
        state.overloaded = alert.isPresent();
        state.changedAt = now;
        if (first) {
            states.persist(state);
        }
        alert.ifPresent(a -> {
            outbox.record(IncentiveEvents.OVERLOAD_DETECTED, userId, userId,
                    IncentiveEventMapping.overloadDetected(a, model.weights().version(), now));
            Log.infof("Employee %s is overloaded: %s", userId, a.explanation());
        });
    }
}
