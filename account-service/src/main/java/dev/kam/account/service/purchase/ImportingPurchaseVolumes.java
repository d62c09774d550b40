package dev.kam.account.service.purchase;

import dev.kam.account.config.PurchaseImportConfig;
import dev.kam.account.domain.access.AccessVerdict;
import dev.kam.account.domain.access.AccountAccessPolicy;
import dev.kam.account.domain.access.AccountAction;
import dev.kam.account.domain.access.Caller;
import dev.kam.account.domain.purchase.OneCurrencyPerAccount;
import dev.kam.account.domain.purchase.PurchaseVolume;
import dev.kam.account.repository.AccountEntity;
import dev.kam.account.repository.AccountRepository;
import dev.kam.account.repository.PurchaseSource;
import dev.kam.account.repository.PurchaseVolumeEntity;
import dev.kam.account.repository.PurchaseVolumeRepository;
import dev.kam.account.service.access.AccountAccess;
import dev.kam.account.service.health.HealthFactsChanged;
import dev.kam.kernel.period.Period;
import dev.kam.plumbing.problem.HttpStatuses;
import dev.kam.plumbing.problem.ProblemDetail;
import dev.kam.plumbing.problem.ProblemException;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Imports a batch of purchase volumes as an ERP sends them, all or nothing: every row is checked
 * first (account known and managed by the caller, period, amount, currency, quantity, no period twice
 * for one account, one currency per account); any fault rejects the whole batch with a report naming
 * each row and field, and nothing is stored. A valid batch is written in one transaction, one event
 * per changed row; the accounts' health is reassessed once it has committed, each in a transaction of
 * its own.
 */
@ApplicationScoped
public class ImportingPurchaseVolumes {

    public static final String REJECTED_TYPE = "https://kam.dev/problems/purchase-import-rejected";
    private static final String ROW_PREFIX = "rows[";

    /** What the import did. */
    public record Imported(int received, int created, int replaced, int unchanged, Set<UUID> accountIds) {
    }

    private record ValidRow(PurchaseImportRow row, AccountEntity account, PurchaseVolume volume) {
    }

    private final AccountAccess access;
    private final AccountRepository accounts;
    private final PurchaseVolumeRepository volumes;
    private final PurchaseVolumeWriter writer;
    private final Event<HealthFactsChanged> changed;
    private final int maxRows;
    private final AccountAccessPolicy policy = new AccountAccessPolicy();

    ImportingPurchaseVolumes(AccountAccess access, AccountRepository accounts, PurchaseVolumeRepository volumes,
            PurchaseVolumeWriter writer,
            Event<HealthFactsChanged> changed, PurchaseImportConfig config) {
        this.access = access;
        this.accounts = accounts;
        this.volumes = volumes;
        this.writer = writer;
        this.changed = changed;
        this.maxRows = config.maxRows();
    }

    /** The most rows one batch may hold ({@code kam.purchase-import.max-rows}). */
    public int maxRows() {
        return maxRows;
    }

    @Transactional
    public PurchaseImportResultView importRows(List<PurchaseImportRow> rows) {
        if (rows.isEmpty()) {
            throw ProblemException.badRequest("The batch has no rows");
        }
        if (rows.size() > maxRows) {
            throw new ProblemException(Response.Status.REQUEST_ENTITY_TOO_LARGE, "Batch too large",
                    "A batch holds at most " + maxRows + " rows; this one has " + rows.size()
                            + ". Split it and send the parts one after the other");
        }
        StoredHistories histories = new StoredHistories();
        Imported imported = store(validate(rows, histories), histories);
        Log.infof("Purchase import of %d rows: %d created, %d replaced, %d unchanged, %d accounts",
                imported.received(), imported.created(), imported.replaced(), imported.unchanged(),
                imported.accountIds().size());
        if (!imported.accountIds().isEmpty()) {
            changed.fire(new HealthFactsChanged(imported.accountIds()));
        }
        return PurchaseImportResultView.of(imported);
    }

    /**
     * What the batch's accounts have stored, read in two queries for the whole batch: the currencies
     * of each account's latest periods (the one-currency rule looks no further back than the periods
     * the batch replaces) and the records of the periods it writes. Reading each account's whole
     * history one query at a time kept a 5,000-row batch past the transaction timeout at 100,000
     * accounts with 60 months each (issue 11 P4).
     */
    private final class StoredHistories {
        private final Map<UUID, Map<Period, Currency>> latestCurrencies = new HashMap<>();
        private final Map<UUID, Map<String, PurchaseVolumeEntity>> writtenPeriods = new HashMap<>();

        void load(List<ValidRow> rows) {
            if (rows.isEmpty()) {
                return;
            }
            Map<UUID, Integer> rowsPerAccount = new HashMap<>();
            Set<String> periods = new LinkedHashSet<>();
            for (ValidRow row : rows) {
                rowsPerAccount.merge(row.account().id, 1, Integer::sum);
                periods.add(row.volume().period().format());
            }
            // n rows replace at most n periods, so the latest non-replaced one is among the n + 1 latest starts
            int starts = rowsPerAccount.values().stream().mapToInt(Integer::intValue).max().orElse(0) + 1;
            for (PurchaseVolumeRepository.StoredCurrency stored
                    : volumes.currenciesOfLatestStarts(rowsPerAccount.keySet(), starts)) {
                latestCurrencies.computeIfAbsent(stored.accountId(), id -> new HashMap<>())
                        .put(Period.parse(stored.period()), Currency.getInstance(stored.currency()));
            }
            for (PurchaseVolumeEntity volume : volumes.findFor(rowsPerAccount.keySet(), periods)) {
                writtenPeriods.computeIfAbsent(volume.accountId(), id -> new HashMap<>()).put(volume.period(), volume);
            }
        }

        Map<Period, Currency> currenciesOf(UUID accountId) {
            return latestCurrencies.getOrDefault(accountId, Map.of());
        }

        Optional<PurchaseVolumeEntity> stored(UUID accountId, String period) {
            return Optional.ofNullable(writtenPeriods.getOrDefault(accountId, Map.of()).get(period));
        }
    }

    private List<ValidRow> validate(List<PurchaseImportRow> rows, StoredHistories histories) {
        Caller caller = access.caller();
        AccountLookup accounts = new AccountLookup(rows);
        List<ProblemDetail.Violation> violations = new ArrayList<>();
        List<ValidRow> valid = new ArrayList<>();
        Map<String, Integer> firstRowOfPeriod = new HashMap<>();
        for (PurchaseImportRow row : rows) {
            List<ProblemDetail.Violation> faults = new ArrayList<>();
            AccountEntity account = accounts.resolve(row, caller, faults);
            PurchaseFigures.Reading reading = PurchaseFigures.read(row.period(), row.amount(), row.currency(),
                    row.quantity());
            reading.faults().forEach(fault -> faults.add(violation(row, fault.field(), fault.message())));
            Optional<Period> period = periodOf(row);
            if (account != null && period.isPresent()) {
                String key = account.id + "/" + period.get().format();
                Integer earlier = firstRowOfPeriod.putIfAbsent(key, row.number());
                if (earlier != null) {
                    faults.add(violation(row, "period", "Row " + earlier
                            + " already has this account and period; send each period once per batch"));
                }
            }
            if (faults.isEmpty()) {
                valid.add(new ValidRow(row, account, reading.volume().get()));
            }
            violations.addAll(faults);
        }
        histories.load(valid);
        violations.addAll(currencyViolations(valid, histories));
        violations.sort(Comparator.comparingInt(ImportingPurchaseVolumes::rowOf)
                .thenComparing(ProblemDetail.Violation::field));
        if (!violations.isEmpty()) {
            long badRows = violations.stream().mapToInt(ImportingPurchaseVolumes::rowOf).distinct().count();
            throw new ProblemException(HttpStatuses.UNPROCESSABLE_CONTENT, REJECTED_TYPE, "Import rejected",
                    badRows + " of " + rows.size() + " rows are invalid; nothing was stored. "
                            + "Each violation names the row (counted from 1) and field",
                    violations);
        }
        return valid;
    }

    private List<ProblemDetail.Violation> currencyViolations(List<ValidRow> valid, StoredHistories histories) {
        Map<UUID, List<ValidRow>> byAccount = new LinkedHashMap<>();
        valid.forEach(row -> byAccount.computeIfAbsent(row.account().id, id -> new ArrayList<>()).add(row));
        List<ProblemDetail.Violation> violations = new ArrayList<>();
        for (Map.Entry<UUID, List<ValidRow>> entry : byAccount.entrySet()) {
            Map<Period, Currency> stored = histories.currenciesOf(entry.getKey());
            List<PurchaseVolume> incoming = entry.getValue().stream().map(ValidRow::volume).toList();
            List<PurchaseVolume> offending = OneCurrencyPerAccount.offending(stored, incoming);
            if (offending.isEmpty()) {
                continue;
            }
            String kept = OneCurrencyPerAccount.established(stored, incoming).orElseThrow().getCurrencyCode();
            entry.getValue().stream()
                    .filter(row -> offending.contains(row.volume()))
                    .forEach(row -> violations.add(violation(row.row(), "currency",
                            "This account's purchase volumes are in " + kept + "; one currency per account")));
        }
        return violations;
    }

    private Imported store(List<ValidRow> rows, StoredHistories histories) {
        // Nothing in the loop reads what it wrote (the stored records were read before it), so the batch is
        // flushed once, at commit. Flushing automatically before the statements each row runs walked
        // every entity written so far, each time: quadratic in the batch (bench/RESULTS.md, P4).
        EntityManager entityManager = volumes.getEntityManager();
        FlushModeType flushMode = entityManager.getFlushMode();
        entityManager.setFlushMode(FlushModeType.COMMIT);
        try {
            return write(rows, histories);
        } finally {
            entityManager.setFlushMode(flushMode);
        }
    }

    private Imported write(List<ValidRow> rows, StoredHistories histories) {
        String recordedBy = access.caller().userId().value();
        int created = 0;
        int replaced = 0;
        int unchanged = 0;
        Set<UUID> changedAccounts = new LinkedHashSet<>();
        for (ValidRow row : rows) {
            Optional<PurchaseVolumeEntity> stored =
                    histories.stored(row.account().id, row.volume().period().format());
            PurchaseVolumeWriter.Written written = writer.write(row.account().id, row.volume(), stored,
                    PurchaseSource.IMPORT, recordedBy);
            switch (written.effect()) {
                case CREATED -> created++;
                case REPLACED -> replaced++;
                case UNCHANGED -> unchanged++;
            }
            if (written.effect() != PurchaseVolumeWriter.Effect.UNCHANGED) {
                changedAccounts.add(row.account().id);
            }
        }
        return new Imported(rows.size(), created, replaced, unchanged, changedAccounts);
    }

    private static Optional<Period> periodOf(PurchaseImportRow row) {
        try {
            return Optional.of(Period.parse(row.period()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static int rowOf(ProblemDetail.Violation violation) {
        String field = violation.field();
        return Integer.parseInt(field.substring(ROW_PREFIX.length(), field.indexOf(']')));
    }

    private static ProblemDetail.Violation violation(PurchaseImportRow row, String field, String message) {
        return new ProblemDetail.Violation(ROW_PREFIX + row.number() + "]." + field, message);
    }

    /** The batch's accounts, loaded at once with their teams, found by id or legal id. */
    private final class AccountLookup {

        private final Map<UUID, AccountEntity> byId = new HashMap<>();
        private final Map<String, AccountEntity> byLegalId = new HashMap<>();

        AccountLookup(List<PurchaseImportRow> rows) {
            Set<UUID> ids = new LinkedHashSet<>();
            Set<String> legalIds = new LinkedHashSet<>();
            for (PurchaseImportRow row : rows) {
                if (present(row.accountId())) {
                    uuidOf(row.accountId()).ifPresent(ids::add);
                }
                if (present(row.legalId())) {
                    legalIds.add(row.legalId().strip());
                }
            }
            if (!ids.isEmpty()) {
                remember(accounts.withTeamsById(ids));
            }
            if (!legalIds.isEmpty()) {
                remember(accounts.withTeamsByLegalId(legalIds));
            }
        }

        private void remember(List<AccountEntity> found) {
            found.forEach(account -> {
                byId.put(account.id, account);
                byLegalId.put(account.legalId, account);
            });
        }

        /** The row's account, if it exists for the caller and they manage it; otherwise adds the fault. */
        AccountEntity resolve(PurchaseImportRow row, Caller caller, List<ProblemDetail.Violation> faults) {
            boolean byIdGiven = present(row.accountId());
            boolean byLegalIdGiven = present(row.legalId());
            if (!byIdGiven && !byLegalIdGiven) {
                faults.add(violation(row, "accountId", "Give the accountId or the legalId of the account"));
                return null;
            }
            AccountEntity account = null;
            String field = byIdGiven ? "accountId" : "legalId";
            if (byIdGiven) {
                var id = uuidOf(row.accountId());
                if (id.isEmpty()) {
                    faults.add(violation(row, "accountId", "Account id must be a UUID"));
                    return null;
                }
                account = byId.get(id.get());
            } else {
                account = byLegalId.get(row.legalId().strip());
            }
            AccessVerdict verdict = account == null ? AccessVerdict.NOT_FOUND
                    : policy.check(caller, AccountAccess.teamOf(account), AccountAction.RECORD_PURCHASE_VOLUME);
            if (verdict == AccessVerdict.NOT_FOUND) {
                faults.add(violation(row, field, "No such account"));
                return null;
            }
            if (byIdGiven && byLegalIdGiven && !account.legalId.equals(row.legalId().strip())) {
                faults.add(violation(row, "legalId", "The legal id is not that of the account with this id"));
                return null;
            }
            if (verdict == AccessVerdict.FORBIDDEN) {
                faults.add(violation(row, field, "You do not manage this account, so you cannot record its purchases"));
                return null;
            }
            return account;
        }

        private static boolean present(String text) {
            return text != null && !text.isBlank();
        }

        private static Optional<UUID> uuidOf(String text) {
            try {
                return Optional.of(UUID.fromString(text.strip()));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }
    }
}
