package dev.kam.account.domain.health;

import dev.kam.account.domain.dossier.BuyingCentreRole;
import java.util.List;
import java.util.Optional;

/**
 * A key person at the client (a LEADER or a SPECIFIER) left within the lookback: the relationship
 * must be rebuilt with whoever replaces them. A leader weighs more than a specifier.
 */
public final class KeyPersonLeft implements CoolingSignal {

    @Override
    public Optional<CoolingCause> evaluate(HealthFacts facts, HealthPolicy policy) {
        HealthPolicy.KeyPeople rule = policy.keyPeopleLeft();
        List<StakeholderDeparture> recent = facts.stakeholderDepartures().stream()
                .filter(departure -> departure.role().isKeyPerson())
                .filter(departure -> rule.lookback().includes(departure.leftOn(), facts.today()))
                .toList();
        if (recent.isEmpty()) {
            return Optional.empty();
        }
        long leaders = recent.stream().filter(d -> d.role() == BuyingCentreRole.LEADER).count();
        long specifiers = recent.size() - leaders;
        long points = leaders * rule.perLeader() + specifiers * rule.perSpecifier();
        String explanation = recent.size() + (recent.size() == 1 ? " key person" : " key people")
                + " left the client in the past " + rule.lookback().days() + " days (" + leaders
                + (leaders == 1 ? " leader, " : " leaders, ") + specifiers
                + (specifiers == 1 ? " specifier)" : " specifiers)");
        return CoolingCause.whenPenalised(CauseCode.KEY_PERSON_LEFT, (int) Math.min(rule.cap(), points), explanation);
    }
}
