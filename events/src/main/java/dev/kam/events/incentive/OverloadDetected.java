package dev.kam.events.incentive;

import java.time.Instant;
import java.util.List;

/**
 * An employee's workload went above the norm's share of their capacity (announced when it crosses
 * the line, not again while it stays above). Workload units are decimal strings.
 */
public record OverloadDetected(
        String employeeId,
        String load,
        String allowed,
        String utilisation,
        int weightsVersion,
        List<String> heaviestAccounts,
        Instant detectedAt) {
}
