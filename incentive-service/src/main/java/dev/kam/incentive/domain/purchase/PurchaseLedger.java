package dev.kam.incentive.domain.purchase;

import dev.kam.kernel.AccountId;
import dev.kam.kernel.Money;
import dev.kam.kernel.period.Period;
import dev.kam.kernel.period.PeriodType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The purchase facts pay and bonuses are computed from. Recording is idempotent: a fact whose event
 * was seen before changes nothing, and the outcome does not depend on the order facts arrive in, so
 * recomputing from the same facts always gives the same figures.
 */
public record PurchaseLedger(Set<String> seenEvents, Map<AccountPeriod, PurchaseFact> latest) {

    /** One account in one period: the key a correction replaces under. */
    public record AccountPeriod(AccountId account, Period period) {
    }

    public PurchaseLedger {
        if (seenEvents == null || latest == null) {
            throw new IllegalArgumentException("Seen events and facts are required (may be empty)");
        }
        seenEvents = Set.copyOf(seenEvents);
        latest = Map.copyOf(latest);
    }

    public static PurchaseLedger empty() {
        return new PurchaseLedger(Set.of(), Map.of());
    }

    public static PurchaseLedger of(Collection<PurchaseFact> facts) {
        PurchaseLedger ledger = empty();
        for (PurchaseFact fact : facts) {
            ledger = ledger.record(fact);
        }
        return ledger;
    }

    public boolean hasSeen(String eventId) {
        return seenEvents.contains(eventId);
    }

    public PurchaseLedger record(PurchaseFact fact) {
        if (fact == null) {
            throw new IllegalArgumentException("A fact is required");
        }
        if (hasSeen(fact.eventId())) {
            return this;
        }
        Set<String> seen = new HashSet<>(seenEvents);
        seen.add(fact.eventId());
        Map<AccountPeriod, PurchaseFact> facts = new HashMap<>(latest);
        facts.merge(new AccountPeriod(fact.account(), fact.period()), fact,
                (kept, incoming) -> incoming.supersedes(kept) ? incoming : kept);
        return new PurchaseLedger(seen, facts);
    }

    /**
     * What the account bought in the period: the figure recorded for the period itself if there is
     * one, otherwise the sum over its parts (a year's halves, a half's quarters, a quarter's months),
     * each found the same way. Empty when nothing at all was recorded inside the period.
     */
    public Optional<Money> volumeIn(AccountId account, Period period) {
        PurchaseFact exact = latest.get(new AccountPeriod(account, period));
        if (exact != null) {
            return Optional.of(exact.volume());
        }
        return partsOf(period).stream()
                .map(part -> volumeIn(account, part))
                .flatMap(Optional::stream)
                .reduce(Money::add);
    }

    private static List<Period> partsOf(Period period) {
        PeriodType partType = switch (period.type()) {
            case YEAR -> PeriodType.HALF_YEAR;
            case HALF_YEAR -> PeriodType.QUARTER;
            case QUARTER -> PeriodType.MONTH;
            case MONTH -> null;
        };
        if (partType == null) {
            return List.of();
        }
        List<Period> parts = new ArrayList<>();
        for (LocalDate start = period.start(); start.isBefore(period.endExclusive()); start = start.plusMonths(partType.months())) {
            parts.add(Period.containing(partType, start));
        }
        return parts;
    }
}
