package dev.kam.account.domain.health;

import java.util.List;
import java.util.Optional;

/**
 * Someone left our account team within the lookback. It weighs more when they held client
 * relationships, because a person leaving for a competitor can take the client along.
 */
public final class TeamMemberLeft implements CoolingSignal {

    @Override
    public Optional<CoolingCause> evaluate(HealthFacts facts, HealthPolicy policy) {
        HealthPolicy.Departures rule = policy.teamDepartures();
        List<TeamDeparture> recent = facts.teamDepartures().stream()
                .filter(departure -> rule.lookback().includes(departure.leftOn(), facts.today()))
                .toList();
        if (recent.isEmpty()) {
            return Optional.empty();
        }
        long relationships = recent.stream().mapToLong(TeamDeparture::relationshipsHeld).sum();
        long points = (long) recent.size() * rule.perDeparture() + relationships * rule.perRelationshipHeld();
        String explanation = recent.size() + (recent.size() == 1 ? " team member" : " team members")
                + " left in the past " + rule.lookback().days() + " days, holding " + relationships
                + (relationships == 1 ? " client relationship" : " client relationships");
        return CoolingCause.whenPenalised(CauseCode.TEAM_MEMBER_LEFT, (int) Math.min(rule.cap(), points), explanation);
    }
}
