package dev.kam.account.domain.health;

import java.util.Optional;

/**
 * One warning sign that a relationship is cooling. Every number a signal uses comes from the policy,
 * so the service can tune them from configuration without touching the rules.
 */
public interface CoolingSignal {

    Optional<CoolingCause> evaluate(HealthFacts facts, HealthPolicy policy);
}
