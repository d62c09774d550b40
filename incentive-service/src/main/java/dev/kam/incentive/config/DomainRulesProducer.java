package dev.kam.incentive.config;

import dev.kam.incentive.domain.pay.BaseShareCap;
import dev.kam.incentive.domain.workload.CapacityNorm;
import dev.kam.incentive.domain.workload.FactorScales;
import dev.kam.incentive.domain.workload.WorkloadFactor;
import dev.kam.incentive.domain.workload.WorkloadModel;
import dev.kam.incentive.domain.workload.WorkloadWeights;
import dev.kam.kernel.Percentage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;

/**
 * The configured rules as the domain's value objects; a cap outside (0, 100], weights not adding up
 * to 100 or a capacity that is not positive fail the start.
 */
@ApplicationScoped
public class DomainRulesProducer {

    // a record cannot be proxied, so not @ApplicationScoped
    @Produces
    @Singleton
    BaseShareCap baseShareCap(IncentiveConfig config) {
        return new BaseShareCap(Percentage.of(config.baseShareCap()));
    }

    @Produces
    @Singleton
    WorkloadModel workloadModel(IncentiveConfig config) {
        IncentiveConfig.Weights w = config.workload().weights();
        Map<WorkloadFactor, Percentage> weights = new EnumMap<>(WorkloadFactor.class);
        weights.put(WorkloadFactor.CLIENT_POTENTIAL, Percentage.of(w.clientPotential()));
        weights.put(WorkloadFactor.PROFESSIONALISM, Percentage.of(w.professionalism()));
        weights.put(WorkloadFactor.DISTANCE, Percentage.of(w.distance()));
        weights.put(WorkloadFactor.PURCHASING_CENTRALISATION, Percentage.of(w.purchasingCentralisation()));
        weights.put(WorkloadFactor.CLIENT_RELATIONSHIPS, Percentage.of(w.clientRelationships()));
        weights.put(WorkloadFactor.INTERNAL_COORDINATION, Percentage.of(w.internalCoordination()));
        weights.put(WorkloadFactor.DELIVERY_FULFILMENT, Percentage.of(w.deliveryFulfilment()));
        weights.put(WorkloadFactor.COMPETITION, Percentage.of(w.competition()));
        weights.put(WorkloadFactor.SUPPORT_STAFF, Percentage.of(w.supportStaff()));
        return new WorkloadModel(new WorkloadWeights(config.workload().version(), weights), FactorScales.defaults());
    }

    @Produces
    @Singleton
    CapacityNorm capacityNorm(IncentiveConfig config) {
        return new CapacityNorm(new BigDecimal(config.workload().unitsPerFullTime()),
                Percentage.of(config.workload().overloadAbove()));
    }
}
