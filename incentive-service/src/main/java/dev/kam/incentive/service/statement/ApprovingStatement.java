package dev.kam.incentive.service.statement;

import dev.kam.incentive.domain.statement.Statement;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.UUID;

/**
 * A compensation-admin approves a draft: its figures are fixed, and kam.incentives.v1 hears of it. A
 * purchase still waiting to reach the draft reaches it first; the If-Match then no longer matches.
 */
@ApplicationScoped
public class ApprovingStatement {

    private final FollowingTheFacts following;
    private final ChangingStatement changing;
    private final StatementPublisher publisher;

    ApprovingStatement(FollowingTheFacts following, ChangingStatement changing, StatementPublisher publisher) {
        this.following = following;
        this.changing = changing;
        this.publisher = publisher;
    }

    @Transactional
    public StatementView approve(UUID id, String ifMatch) {
        // committed on its own: a 412 for the stale If-Match must not roll the caught-up figures back
        QuarkusTransaction.requiringNew().run(() -> following.catchUp(id));
        ChangingStatement.Changed changed = changing.change(id, ifMatch, "APPROVED", Statement::approve);
        publisher.approved(changed);
        Log.infof("Statement %s approved", id);
        return changed.view();
    }
}
