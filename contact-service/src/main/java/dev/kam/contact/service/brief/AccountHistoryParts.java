package dev.kam.contact.service.brief;

import dev.kam.contact.client.AccountHistory;
import dev.kam.contact.client.AccountRecord;
import java.util.ArrayList;
import java.util.List;

/**
 * account-service's part of a brief: the dossier's headline figures, the latest interactions and the
 * open problems - or, when account-service could not tell, what is missing and why.
 */
record AccountHistoryParts(BriefView.AccountPart account, List<BriefView.InteractionPart> recentInteractions,
        List<BriefView.ProblemPart> openProblems, List<String> missing) {

    static AccountHistoryParts of(AccountHistory told) {
        List<String> missing = new ArrayList<>();
        told.missing().ifPresent(missing::add);
        return new AccountHistoryParts(told.account().map(AccountHistoryParts::accountPart).orElse(null),
                told.recentInteractions().stream()
                        .map(i -> new BriefView.InteractionPart(i.occurredAt(), i.kind(), i.summary(), i.outcome(),
                                i.nextStep(), listOrEmpty(i.ourParticipantIds()), listOrEmpty(i.stakeholderIds())))
                        .toList(),
                told.openProblems().stream()
                        .map(p -> new BriefView.ProblemPart(p.title(), p.importance(), p.status(), p.weCanSolve(),
                                p.competitorBetter(), p.openedOn(), p.ageDays()))
                        .toList(),
                List.copyOf(missing));
    }

    private static BriefView.AccountPart accountPart(AccountRecord a) {
        return new BriefView.AccountPart(a.status(), a.marketState(), a.competitor(), a.industry(), a.segment(),
                a.region(), a.ownerId(), a.contactCadenceDays(), a.lastContactAt(), a.healthScore(), a.healthBand());
    }

    private static List<String> listOrEmpty(List<String> values) {
        return values == null ? List.of() : values;
    }
}
