package dev.kam.account.service.interaction;

import dev.kam.account.domain.access.AccessLevel;
import dev.kam.account.domain.access.AccountAction;
import dev.kam.account.domain.cadence.ContactCadence;
import dev.kam.account.domain.cadence.ContactStatus;
import dev.kam.account.domain.status.AccountStatus;
import dev.kam.account.repository.AccountEntity;
import dev.kam.account.repository.OverdueContactRepository;
import dev.kam.account.service.access.AccountAccess;
import dev.kam.account.service.calendar.CompanyCalendar;
import dev.kam.kernel.UserId;
import dev.kam.plumbing.paging.Cursor;
import dev.kam.plumbing.paging.KeysetPages;
import dev.kam.plumbing.paging.Page;
import dev.kam.plumbing.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Contact cadence: whether an account's next contact is due or overdue, and each person's list of
 * overdue accounts. Everyone may see their own list; seeing someone else's takes the oversight
 * that sales-director and kam-admin have on every account.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CheckingContactCadence {

    private final AccountAccess access;
    private final OverdueContactRepository overdue;
    private final CompanyCalendar calendar;

    CheckingContactCadence(AccountAccess access, OverdueContactRepository overdue, CompanyCalendar calendar) {
        this.access = access;
        this.overdue = overdue;
        this.calendar = calendar;
    }

    public ContactStatusView status(UUID accountId) {
        AccountEntity account = access.require(accountId, AccountAction.VIEW_DOSSIER);
        return ContactStatusView.of(accountId, account.lastContactAt, statusOf(account, calendar.now()));
    }

    /** The accounts on {@code userId}'s team (the caller's when empty) whose contact is overdue. */
    public Page<OverdueContactView> overdueFor(Optional<UserId> userId, String cursor, int limit) {
        UserId caller = access.caller().userId();
        UserId member = userId.orElse(caller);
        if (!member.equals(caller) && !access.levelEverywhere().includes(AccessLevel.READ)) {
            throw ProblemException.forbidden(
                    "Only sales directors and KAM admins may see someone else's overdue contacts");
        }
        Cursor after = KeysetPages.after(cursor, 2);
        Instant now = calendar.now();
        List<AccountEntity> found = overdue.dueBefore(calendar.today(), calendar.zone(), member.value(),
                AccountStatus.LOST, KeysetPages.date(after, 0), KeysetPages.id(after, 1), limit + 1);
        return KeysetPages.page(found, limit,
                last -> Cursor.of(statusOf(last, now).dueDate().toString(), last.id.toString()),
                account -> OverdueContactView.of(account, statusOf(account, now)));
    }

    private ContactStatus statusOf(AccountEntity account, Instant now) {
        return ContactStatus.of(ContactCadence.everyDays(account.contactCadenceDays), account.registeredAt,
                Optional.ofNullable(account.lastContactAt), now, calendar.zone());
    }
}
