package dev.kam.account.service.concession;

import dev.kam.account.domain.access.AccountAction;
import dev.kam.account.domain.negotiation.BalanceTolerance;
import dev.kam.account.domain.negotiation.Concession;
import dev.kam.account.domain.negotiation.ConcessionBalance;
import dev.kam.account.repository.ConcessionEntity;
import dev.kam.account.repository.ConcessionRepository;
import dev.kam.account.service.access.AccountAccess;
import dev.kam.kernel.Money;
import dev.kam.plumbing.paging.Cursor;
import dev.kam.plumbing.paging.KeysetPages;
import dev.kam.plumbing.paging.Page;
import dev.kam.plumbing.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Reading an account's concessions and their tit-for-tat balance: for whoever may read the dossier. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ReadingConcessions {

    private final AccountAccess access;
    private final ConcessionRepository concessions;

    ReadingConcessions(AccountAccess access, ConcessionRepository concessions) {
        this.access = access;
        this.concessions = concessions;
    }

    public Page<ConcessionView> page(UUID accountId, String cursor, int limit) {
        access.require(accountId, AccountAction.VIEW_DOSSIER);
        Cursor after = KeysetPages.after(cursor, 2);
        List<ConcessionEntity> found = concessions.page(accountId, KeysetPages.instant(after, 0),
                KeysetPages.id(after, 1), limit + 1);
        return KeysetPages.page(found, limit, last -> Cursor.of(last.recordedAt.toString(), last.id.toString()),
                ConcessionView::of);
    }

    public ConcessionView get(UUID accountId, UUID concessionId) {
        access.require(accountId, AccountAction.VIEW_DOSSIER);
        return concessions.findInAccount(accountId, concessionId).map(ConcessionView::of)
                .orElseThrow(() -> ProblemException.notFound("Concession " + concessionId));
    }

    public ConcessionBalanceView balance(UUID accountId) {
        access.require(accountId, AccountAction.VIEW_DOSSIER);
        List<Concession> moves = concessions.allOf(accountId).stream().map(ReadingConcessions::concessionOf).toList();
        return ConcessionBalanceView.of(accountId, ConcessionBalance.of(moves, BalanceTolerance.DEFAULT));
    }

    private static Concession concessionOf(ConcessionEntity stored) {
        Optional<Money> value = stored.valueAmount == null ? Optional.empty()
                : Optional.of(Money.of(stored.valueAmount, Money.currency(stored.valueCurrency)));
        return new Concession(stored.direction, stored.description, value);
    }
}
