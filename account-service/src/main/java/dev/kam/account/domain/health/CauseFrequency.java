package dev.kam.account.domain.health;

import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Which cooling causes recur across a portfolio, most frequent first (ties in the order of
 * {@link CauseCode}), so the team sees which mistakes it keeps repeating. Each assessment counts a
 * cause once, however heavy it is.
 */
public final class CauseFrequency {

    private final List<CauseCount> counts;

    private CauseFrequency(List<CauseCount> counts) {
        this.counts = counts;
    }

    public static CauseFrequency across(Collection<HealthAssessment> assessments) {
        if (assessments == null) {
            throw new IllegalArgumentException("Assessments are required (may be empty)");
        }
        return ofCauseLists(assessments.stream().map(HealthAssessment::causes).toList());
    }

    /** The same count over detected coolings, e.g. to see what preceded this year's losses. */
    public static CauseFrequency acrossCoolings(Collection<Cooling> coolings) {
        if (coolings == null) {
            throw new IllegalArgumentException("Coolings are required (may be empty)");
        }
        return ofCauseLists(coolings.stream().map(Cooling::causes).toList());
    }

    /**
     * From causes already counted elsewhere (the database counts a whole portfolio's current causes
     * without loading every assessment), in the same order.
     */
    public static CauseFrequency ofTally(Map<CauseCode, Integer> tally) {
        if (tally == null) {
            throw new IllegalArgumentException("A tally is required (may be empty)");
        }
        return sorted(tally);
    }

    private static CauseFrequency ofCauseLists(List<List<CoolingCause>> causeLists) {
        Map<CauseCode, Integer> tally = new EnumMap<>(CauseCode.class);
        for (List<CoolingCause> causes : causeLists) {
            causes.stream().map(CoolingCause::code).distinct().forEach(code -> tally.merge(code, 1, Integer::sum));
        }
        return sorted(tally);
    }

    private static CauseFrequency sorted(Map<CauseCode, Integer> tally) {
        List<CauseCount> counts = tally.entrySet().stream()
                .map(entry -> new CauseCount(entry.getKey(), entry.getValue()))
                .sorted(Comparator.comparingInt(CauseCount::occurrences).reversed().thenComparing(CauseCount::code))
                .toList();
        return new CauseFrequency(counts);
    }

    /** Every cause that appeared, most frequent first. */
    public List<CauseCount> counts() {
        return counts;
    }

    public List<CauseCount> mostFrequent(int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("Limit cannot be negative");
        }
        return counts.stream().limit(limit).toList();
    }

    public int countOf(CauseCode code) {
        return counts.stream().filter(count -> count.code() == code)
                .mapToInt(CauseCount::occurrences).findFirst().orElse(0);
    }
}
