package dev.kam.account.service;

import dev.kam.account.domain.access.AccessLevel;
import dev.kam.account.repository.AccountListQuery;
import dev.kam.account.repository.AccountRepository;
import dev.kam.plumbing.paging.Cursor;
import dev.kam.plumbing.paging.Page;
import dev.kam.plumbing.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;

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
        Cursor after = cursor == null ? null : Cursor.decode(cursor, 2);
        AccountListQuery query = new AccountListQuery(
                teamOnly ? access.caller().userId().value() : null,
                filter.status() == null ? null : filter.status().name(),
                blankToNull(filter.segment()),
                blankToNull(filter.ownerId()),
                filter.healthBand() == null ? null : filter.healthBand().name(),
                blankToNull(filter.name()),
                after == null ? null : after.value(0),
                after == null ? null : idOf(after.value(1)));
        List<AccountRepository.Listed> found = accounts.list(query, limit + 1);
        List<AccountRepository.Listed> page = found.subList(0, Math.min(limit, found.size()));
        String next = found.size() > limit
                ? Cursor.of(page.get(page.size() - 1).sortName(), page.get(page.size() - 1).account().id.toString())
                        .encode()
                : null;
        return new Page<>(page.stream().map(listed -> AccountSummary.of(listed.account())).toList(), next);
    }

    private static UUID idOf(String text) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("The cursor is not one this list issued");
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
