package dev.kam.account.domain.value;

/** Where a cost of owning the product arises: the price is only one of them. */
public enum CostCategory {
    PRICE,
    LOGISTICS,
    QUALITY_LOSSES,
    DOWNTIME,
    INVENTORY,
    SWITCHING,
    SERVICE,
    OTHER
}
