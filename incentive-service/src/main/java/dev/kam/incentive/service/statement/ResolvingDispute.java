package dev.kam.incentive.service.statement;

import dev.kam.incentive.domain.statement.DisputeOutcome;
import dev.kam.kernel.Money;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.UUID;

/**
 * A compensation-admin resolves a dispute with an explanation: rejected, or upheld - on an approved or
 * paid statement together with the adjustment that settles it, in one change.
 */
@ApplicationScoped
public class ResolvingDispute {

    private final ChangingStatement changing;
    private final StatementPublisher publisher;

    ResolvingDispute(ChangingStatement changing, StatementPublisher publisher) {
        this.changing = changing;
        this.publisher = publisher;
    }

    @Transactional
    public StatementView resolve(UUID id, String ifMatch, int number, DisputeOutcome outcome, String explanation,
            Optional<Money> settlement) {
        if (settlement.isPresent() && outcome != DisputeOutcome.UPHELD) {
            throw new IllegalArgumentException("An adjustment settles only an UPHELD dispute");
        }
        ChangingStatement.Changed changed = changing.change(id, ifMatch, "DISPUTE_RESOLVED",
                (statement, act) -> settlement.isPresent()
                        ? statement.upholdAndSettle(number, explanation, settlement.get(), act)
                        : statement.resolveDispute(number, outcome, explanation, act));
        if (settlement.isPresent()) {
            publisher.adjusted(changed);
        }
        Log.infof("Dispute %d on statement %s resolved: %s", number, id, outcome);
        return changed.view();
    }
}
