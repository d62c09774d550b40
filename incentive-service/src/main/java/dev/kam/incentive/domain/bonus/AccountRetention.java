package dev.kam.incentive.domain.bonus;

import dev.kam.kernel.AccountId;
import dev.kam.kernel.Money;
import java.util.Optional;

/**
 * One account's purchases in the bonus period against the comparable period. At period close an
 * account with nothing recorded bought nothing, so its current volume is zero rather than unknown.
 */
public record AccountRetention(AccountId account, Money current, Optional<Money> previous, AccountVerdict verdict) {

    public AccountRetention {
        if (account == null || current == null || previous == null || verdict == null) {
            throw new IllegalArgumentException("Account, volumes and verdict are required");
        }
    }

    static AccountRetention judge(AccountId account, Money current, Optional<Money> previous) {
        AccountVerdict verdict = previous
                .map(p -> current.isLessThan(p) ? AccountVerdict.FAILED : AccountVerdict.MET)
                .orElse(AccountVerdict.NEW);
        return new AccountRetention(account, current, previous, verdict);
    }

    public String explanation() {
        return switch (verdict) {
            case MET -> account + " bought " + current + ", not less than " + previous.orElseThrow();
            case FAILED -> account + " bought " + current + ", less than " + previous.orElseThrow();
            case NEW -> account + " bought " + current + " and has no comparable period: not judged";
        };
    }
}
