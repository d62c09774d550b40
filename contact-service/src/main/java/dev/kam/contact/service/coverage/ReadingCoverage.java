package dev.kam.contact.service.coverage;

import dev.kam.contact.domain.StakeholderId;
import dev.kam.contact.domain.access.PeopleAction;
import dev.kam.contact.domain.coverage.CoverageAnalysis;
import dev.kam.contact.service.access.StakeholderAccess;
import dev.kam.plumbing.replica.AccountReplicaEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.UUID;

/** The coverage of one account, computed now from the people, roles, relationships and team on record. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ReadingCoverage {

    private final StakeholderAccess access;
    private final ReadingBuyingCentreFacts facts;

    ReadingCoverage(StakeholderAccess access, ReadingBuyingCentreFacts facts) {
        this.access = access;
        this.facts = facts;
    }

    public CoverageView of(UUID accountId) {
        AccountReplicaEntity account = access.requireAccount(accountId, PeopleAction.READ_COVERAGE);
        CoverageAnalysis analysis = facts.of(account).coverage();
        return new CoverageView(accountId, analysis.stakeholderCount(), analysis.leaderCovered(),
                analysis.onlyButlerReachable(), analysis.relationshipHolders().size(), analysis.singleThreaded(),
                analysis.gaps().stream()
                        .map(g -> new CoverageView.CoverageGapView(g.code().name(),
                                g.stakeholder().map(StakeholderId::value).orElse(null), g.explanation()))
                        .toList());
    }
}
