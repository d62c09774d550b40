package dev.kam.incentive.service.statement;

import dev.kam.kernel.Money;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.UUID;

/** A compensation-admin corrects an approved or paid statement with a separate, reasoned entry. */
@ApplicationScoped
public class AdjustingStatement {

    private final ChangingStatement changing;
    private final StatementPublisher publisher;

    AdjustingStatement(ChangingStatement changing, StatementPublisher publisher) {
        this.changing = changing;
        this.publisher = publisher;
    }

    @Transactional
    public StatementView adjust(UUID id, String ifMatch, Money amount, String reason) {
        ChangingStatement.Changed changed = changing.change(id, ifMatch, "ADJUSTED",
                (statement, act) -> statement.adjust(amount, reason, act));
        publisher.adjusted(changed);
        Log.infof("Statement %s adjusted (adjustment %d)", id, changed.statement().adjustments().size());
        return changed.view();
    }
}
