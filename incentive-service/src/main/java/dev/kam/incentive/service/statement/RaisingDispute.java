package dev.kam.incentive.service.statement;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.UUID;

/** The employee objects to a line of their own statement, with a reason; an open dispute blocks approval. */
@ApplicationScoped
public class RaisingDispute {

    private final ChangingStatement changing;

    RaisingDispute(ChangingStatement changing) {
        this.changing = changing;
    }

    @Transactional
    public StatementView raise(UUID id, String ifMatch, String line, String reason) {
        ChangingStatement.Changed changed = changing.change(id, ifMatch, "DISPUTE_RAISED",
                (statement, act) -> statement.raiseDispute(line, reason, act));
        Log.infof("Dispute %d raised on statement %s", changed.statement().disputes().size(), id);
        return changed.view();
    }
}
