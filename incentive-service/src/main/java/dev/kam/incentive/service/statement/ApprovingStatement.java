package dev.kam.incentive.service.statement;

import dev.kam.incentive.domain.statement.Statement;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.UUID;

/** A compensation-admin approves a draft: its figures are fixed, and kam.incentives.v1 hears of it. */
@ApplicationScoped
public class ApprovingStatement {

    private final ChangingStatement changing;
    private final StatementPublisher publisher;

    ApprovingStatement(ChangingStatement changing, StatementPublisher publisher) {
        this.changing = changing;
        this.publisher = publisher;
    }

    @Transactional
    public StatementView approve(UUID id, String ifMatch) {
        ChangingStatement.Changed changed = changing.change(id, ifMatch, "APPROVED", Statement::approve);
        publisher.approved(changed);
        Log.infof("Statement %s approved", id);
        return changed.view();
    }
}
