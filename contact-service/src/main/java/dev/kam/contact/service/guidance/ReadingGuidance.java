package dev.kam.contact.service.guidance;

import dev.kam.contact.config.ContactConfig;
import dev.kam.contact.domain.access.PeopleAction;
import dev.kam.contact.domain.guidance.NextAction;
import dev.kam.contact.domain.guidance.NextActions;
import dev.kam.contact.domain.role.BuyingCentreRole;
import dev.kam.contact.domain.role.RoleGuidance;
import dev.kam.contact.service.access.StakeholderAccess;
import dev.kam.contact.service.coverage.BuyingCentreFacts;
import dev.kam.contact.service.coverage.ReadingBuyingCentreFacts;
import dev.kam.plumbing.replica.AccountReplicaEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Role guidance (fixed domain knowledge) and the next actions computed for one account. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ReadingGuidance {

    private final StakeholderAccess access;
    private final ReadingBuyingCentreFacts facts;
    private final NextActions nextActions;
    private final ContactConfig config;
    private final Clock clock;

    ReadingGuidance(StakeholderAccess access, ReadingBuyingCentreFacts facts, NextActions nextActions,
            ContactConfig config, Clock clock) {
        this.access = access;
        this.facts = facts;
        this.nextActions = nextActions;
        this.config = config;
        this.clock = clock;
    }

    public RoleGuidanceView forRole(BuyingCentreRole role) {
        return RoleGuidanceView.of(RoleGuidance.forRole(role));
    }

    public NextActionsView nextActions(UUID accountId) {
        AccountReplicaEntity account = access.requireAccount(accountId, PeopleAction.READ_PEOPLE);
        BuyingCentreFacts known = facts.of(account);
        LocalDate today = LocalDate.now(clock.withZone(config.zone()));
        List<NextAction> actions = nextActions.compute(known.peopleOnRecord(config.zone()), known.contacts(), today);
        return new NextActionsView(accountId, today, NextActionsView.items(actions, known));
    }
}
