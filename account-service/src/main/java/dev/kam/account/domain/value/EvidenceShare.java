package dev.kam.account.domain.value;

import dev.kam.kernel.Money;
import dev.kam.kernel.Percentage;

/**
 * How much of the claimed saving rests on hard evidence, on estimates and on opinion. The basis is
 * the sum of the components where we are cheaper: those are the claims the argument makes, and a
 * component where we cost more cannot "rest" on anything. Each share is rounded on its own, so the
 * three may add up to 99.9 or 100.1. With no positive saving all shares are zero.
 */
public record EvidenceShare(Money basis, Percentage hard, Percentage estimate, Percentage opinion) {

    public EvidenceShare {
        if (basis == null || hard == null || estimate == null || opinion == null) {
            throw new IllegalArgumentException("Basis and all shares are required");
        }
    }
}
