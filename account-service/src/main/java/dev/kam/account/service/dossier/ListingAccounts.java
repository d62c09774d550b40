package dev.kam.account.service.dossier;

import dev.kam.account.domain.access.AccessLevel;
import dev.kam.account.repository.AccountListQuery;
import dev.kam.account.repository.AccountRepository;
import dev.kam.account.service.access.AccountAccess;
import dev.kam.plumbing.paging.Cursor;
import dev.kam.plumbing.paging.KeysetPages;
import dev.kam.plumbing.paging.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * Listing accounts as summaries, sorted by name (case-insensitive) then id. A caller sees the
 * accounts whose team they are on; sales-director, kam-admin and marketing see the whole portfolio.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ListingAccounts {

    private final AccountRepository accounts;
    private final AccountAccess access;

    ListingAccounts(AccountRepository accounts, AccountAccess access) {
        this.accounts = accounts;
        this.access = access;
    }

    public Page<AccountSummary> list(AccountListFilter filter, String cursor, int limit) {
        boolean teamOnly = filter.mine() || access.levelEverywhere() == AccessLevel.NONE;
        Cursor after = KeysetPages.after(cursor, 2);
        AccountListQuery query = new AccountListQuery(
                teamOnly ? access.caller().userId().value() : null,
                filter.status(),
                blankToNull(filter.segment()),
                blankToNull(filter.ownerId()),
                filter.healthBand(),
                blankToNull(filter.name()),
                KeysetPages.text(after, 0),
                KeysetPages.id(after, 1));
        List<AccountRepository.Listed> found = accounts.list(query, limit + 1);
        return KeysetPages.page(found, limit,
                last -> Cursor.of(last.sortName(), last.account().id.toString()),
                listed -> AccountSummary.of(listed.account()));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
