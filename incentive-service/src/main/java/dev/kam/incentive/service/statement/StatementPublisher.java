package dev.kam.incentive.service.statement;

import dev.kam.events.incentive.StatementEvents;
import dev.kam.incentive.domain.statement.Adjustment;
import dev.kam.incentive.event.StatementEventMapping;
import dev.kam.plumbing.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * Records the statement events in the outbox, in the act's transaction; keyed by the employee so one
 * person's statement events stay in order, with the statement id as the CloudEvents subject.
 */
@ApplicationScoped
public class StatementPublisher {

    private final Outbox outbox;

    StatementPublisher(Outbox outbox) {
        this.outbox = outbox;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void approved(ChangingStatement.Changed changed) {
        outbox.record(StatementEvents.APPROVED, key(changed), changed.id().toString(),
                StatementEventMapping.approved(changed.id(), changed.statement()));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void paid(ChangingStatement.Changed changed) {
        outbox.record(StatementEvents.PAID, key(changed), changed.id().toString(),
                StatementEventMapping.paid(changed.id(), changed.statement()));
    }

    /** The statement's newest adjustment, just made. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void adjusted(ChangingStatement.Changed changed) {
        List<Adjustment> adjustments = changed.statement().adjustments();
        outbox.record(StatementEvents.ADJUSTED, key(changed), changed.id().toString(),
                StatementEventMapping.adjusted(changed.id(), changed.statement(), adjustments.get(adjustments.size() - 1)));
    }

    private static String key(ChangingStatement.Changed changed) {
        return changed.statement().employee().value();
    }
}
