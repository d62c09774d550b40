package dev.kam.account.domain.health;

import dev.kam.account.domain.dossier.Importance;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * Important client problems (HIGH or CRITICAL) still open longer than the tolerated age: a client
 * whose problems we leave unsolved reads it as indifference. Points per problem by importance,
 * capped. A problem exactly at the tolerated age is not yet a cause.
 */
public final class UnresolvedProblems implements CoolingSignal {

    @Override
    public Optional<CoolingCause> evaluate(HealthFacts facts, HealthPolicy policy) {
        HealthPolicy.Problems rule = policy.unresolvedProblems();
        List<ProblemFact> stale = facts.problems().stream()
                .filter(problem -> problem.status().isOpen() && problem.importance().isImportant())
                .filter(problem -> ageInDays(problem, facts) > rule.toleratedAgeDays())
                .toList();
        if (stale.isEmpty()) {
            return Optional.empty();
        }
        long critical = stale.stream().filter(p -> p.importance() == Importance.CRITICAL).count();
        long high = stale.size() - critical;
        int penalty = (int) Math.min(rule.cap(), critical * rule.criticalPoints() + high * rule.highPoints());
        long oldest = stale.stream().mapToLong(problem -> ageInDays(problem, facts)).max().orElseThrow();
        String explanation = stale.size() + (stale.size() == 1 ? " important problem" : " important problems")
                + " open longer than " + rule.toleratedAgeDays() + " days (" + critical + " critical, " + high
                + " high; oldest open " + oldest + " days)";
        return CoolingCause.whenPenalised(CauseCode.UNRESOLVED_PROBLEMS, penalty, explanation);
    }

    private static long ageInDays(ProblemFact problem, HealthFacts facts) {
        return ChronoUnit.DAYS.between(problem.openedOn(), facts.today());
    }
}
