package dev.kam.incentive.service.plan;

import dev.kam.incentive.domain.pay.BaseShareCap;

/** A plan refused because its base breaks the cap, with the numbers to explain it (answered as 422). */
public class BaseShareCapExceeded extends RuntimeException {

    private final transient BaseShareCap.Excess excess;

    public BaseShareCapExceeded(BaseShareCap.Excess excess) {
        super(excess.explanation());
        this.excess = excess;
    }

    public BaseShareCap.Excess excess() {
        return excess;
    }
}
