package dev.kam.account.domain.status;

import static dev.kam.account.domain.status.AccountStatus.AT_RISK;
import static dev.kam.account.domain.status.AccountStatus.DORMANT;
import static dev.kam.account.domain.status.AccountStatus.KEY;
import static dev.kam.account.domain.status.AccountStatus.LOST;
import static dev.kam.account.domain.status.AccountStatus.PROSPECT;

import dev.kam.kernel.DomainRuleViolation;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which status changes are allowed and what each needs.
 * <ul>
 * <li>PROSPECT → KEY (converted) or LOST (we gave up).</li>
 * <li>KEY, AT_RISK and DORMANT move freely among themselves and may become LOST.</li>
 * <li>LOST → PROSPECT only: winning a client back is a new conversion effort, so it starts as a
 * prospect with a market position (usually captured by the competitor who took it).</li>
 * <li>Never back to PROSPECT from a key status: a cooling key client is AT_RISK, not a prospect.
 * A prospect cannot be AT_RISK or DORMANT: there is no relationship yet to lose or pause.</li>
 * <li>Becoming PROSPECT requires a market position; any other status clears it.</li>
 * <li>Becoming LOST requires a {@link LossReview}; no other change may carry one.</li>
 * <li>Asking for the current status is refused rather than ignored, so no empty event is published.</li>
 * <li>A new account starts as a PROSPECT (with its market position) or, when the client already is
 * one, as KEY; the other statuses describe a relationship the system has seen develop.</li>
 * </ul>
 */
public final class StatusTransitionPolicy {

    private static final Map<AccountStatus, Set<AccountStatus>> ALLOWED = new EnumMap<>(AccountStatus.class);
    private static final Set<AccountStatus> AT_REGISTRATION = EnumSet.of(PROSPECT, KEY);

    static {
        ALLOWED.put(PROSPECT, EnumSet.of(KEY, LOST));
        ALLOWED.put(KEY, EnumSet.of(AT_RISK, DORMANT, LOST));
        ALLOWED.put(AT_RISK, EnumSet.of(KEY, DORMANT, LOST));
        ALLOWED.put(DORMANT, EnumSet.of(KEY, AT_RISK, LOST));
        ALLOWED.put(LOST, EnumSet.of(PROSPECT));
    }

    public Set<AccountStatus> allowedFrom(AccountStatus current) {
        requireStatus(current);
        return Set.copyOf(ALLOWED.get(current));
    }

    public boolean allows(AccountStatus current, AccountStatus target) {
        requireStatus(current);
        requireStatus(target);
        return ALLOWED.get(current).contains(target);
    }

    /** Applies the rules to a request; throws {@link DomainRuleViolation} naming the broken one. */
    public StatusChanged change(AccountStatus current, StatusChangeRequest request) {
        requireStatus(current);
        if (request == null) {
            throw new IllegalArgumentException("Status change request is required");
        }
        AccountStatus target = request.target();
        if (current == target) {
            throw new DomainRuleViolation("status-unchanged", "The account is already " + current);
        }
        if (!allows(current, target)) {
            throw new DomainRuleViolation("status-transition-not-allowed",
                    "An account cannot go from " + current + " to " + target + "; allowed: " + describe(current));
        }
        return new StatusChanged(current, target, marketPositionFor(request), lossReviewFor(request));
    }

    /** A prospect's market state may change while it stays a prospect; no other account has one. */
    public MarketPosition reposition(AccountStatus current, MarketPosition newPosition) {
        requireStatus(current);
        if (newPosition == null) {
            throw new IllegalArgumentException("Market position is required");
        }
        if (current != PROSPECT) {
            throw new DomainRuleViolation("market-position-prospect-only",
                    "Only a prospect has a market position; this account is " + current);
        }
        return newPosition;
    }

    /** The statuses a new account may start with. */
    public Set<AccountStatus> allowedAtRegistration() {
        return Set.copyOf(AT_REGISTRATION);
    }

    /**
     * Checks the status a new account starts with and returns the market position it keeps: a
     * PROSPECT needs one, a KEY account has none.
     */
    public Optional<MarketPosition> atRegistration(AccountStatus status, Optional<MarketPosition> position) {
        requireStatus(status);
        if (!AT_REGISTRATION.contains(status)) {
            throw new DomainRuleViolation("registration-status-not-allowed",
                    "A new account starts as PROSPECT or KEY, not " + status);
        }
        return positionFor(status, position);
    }

    /**
     * The market position an account in {@code current} status keeps when its profile is written:
     * required for a prospect, refused for every other status.
     */
    public Optional<MarketPosition> positionFor(AccountStatus current, Optional<MarketPosition> position) {
        requireStatus(current);
        if (position == null) {
            throw new IllegalArgumentException("Market position must be given or explicitly empty");
        }
        if (current == PROSPECT && position.isEmpty()) {
            throw new DomainRuleViolation("market-position-required",
                    "A prospect needs a market state: independent or captured by a named competitor");
        }
        if (current != PROSPECT && position.isPresent()) {
            throw new DomainRuleViolation("market-position-prospect-only",
                    "Only a prospect has a market position; this account is " + current);
        }
        return position;
    }

    private static Optional<MarketPosition> marketPositionFor(StatusChangeRequest request) {
        if (request.target() == PROSPECT && request.marketPosition().isEmpty()) {
            throw new DomainRuleViolation("market-position-required",
                    "A prospect needs a market state: independent or captured by a named competitor");
        }
        if (request.target() != PROSPECT && request.marketPosition().isPresent()) {
            throw new DomainRuleViolation("market-position-prospect-only",
                    "Only a prospect has a market position; leave it out for " + request.target());
        }
        return request.marketPosition();
    }

    private static Optional<LossReview> lossReviewFor(StatusChangeRequest request) {
        if (request.target() == LOST && request.lossReview().isEmpty()) {
            throw new DomainRuleViolation("loss-review-required",
                    "Marking an account lost needs a loss review: its causes and the lessons learned");
        }
        if (request.target() != LOST && request.lossReview().isPresent()) {
            throw new DomainRuleViolation("loss-review-lost-only",
                    "A loss review belongs only to marking an account lost");
        }
        return request.lossReview();
    }

    private static String describe(AccountStatus current) {
        return ALLOWED.get(current).stream().map(Enum::name).collect(Collectors.joining(", "));
    }

    private static void requireStatus(AccountStatus status) {
        if (status == null) {
            throw new IllegalArgumentException("Status is required");
        }
    }
}
