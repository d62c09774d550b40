package dev.kam.incentive.service.statement;

import dev.kam.incentive.domain.statement.Statement;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.UUID;

/** A compensation-admin records that an approved statement was paid out. */
@ApplicationScoped
public class MarkingStatementPaid {

    private final ChangingStatement changing;
    private final StatementPublisher publisher;

    MarkingStatementPaid(ChangingStatement changing, StatementPublisher publisher) {
        this.changing = changing;
        this.publisher = publisher;
    }

    @Transactional
    public StatementView markPaid(UUID id, String ifMatch) {
        ChangingStatement.Changed changed = changing.change(id, ifMatch, "PAID", Statement::markPaid);
        publisher.paid(changed);
        Log.infof("Statement %s marked paid", id);
        return changed.view();
    }
}
