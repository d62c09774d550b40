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
    /** Rows written between two flushes of a batch (see {@link #store}). */
    static final int ROWS_PER_FLUSH = 500;

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
        Imported imported = store(validate(rows));
        Log.infof("Purchase import of %d rows: %d created, %d replaced, %d unchanged, %d accounts",
                imported.received(), imported.created(), imported.replaced(), imported.unchanged(),
                imported.accountIds().size());
        if (!imported.accountIds().isEmpty()) {
            changed.fire(new HealthFactsChanged(imported.accountIds()));
        }
        return PurchaseImportResultView.of(imported);
    }

    /**
     * The currencies of each account's latest stored periods, read in one query for the whole batch: the
     * one-currency rule looks no further back than the periods the batch replaces. Reading each account's
     * whole history one query at a time kept a 5,000-row batch past the transaction timeout at 100,000
     * accounts with 60 months each (issue 11 P4).
     */
    private Map<UUID, Map<Period, Currency>> storedCurrenciesOf(List<ValidRow> rows) {
        Map<UUID, Map<Period, Currency>> latest = new HashMap<>();
        if (rows.isEmpty()) {
            return latest;
        }
        Map<UUID, Integer> rowsPerAccount = new HashMap<>();
        rows.forEach(row -> rowsPerAccount.merge(row.account().id, 1, Integer::sum));
        // n rows replace at most n periods, so the latest non-replaced one is among the n + 1 latest starts
        int starts = rowsPerAccount.values().stream().mapToInt(Integer::intValue).max().orElse(0) + 1;
        for (PurchaseVolumeRepository.StoredCurrency stored
                : volumes.currenciesOfLatestStarts(rowsPerAccount.keySet(), starts)) {
            latest.computeIfAbsent(stored.accountId(), id -> new HashMap<>())
                    .put(Period.parse(stored.period()), Currency.getInstance(stored.currency()));
        }
        return latest;
    }

    /** The stored records of the periods a chunk of the batch writes, read in one query. */
    private Map<UUID, Map<String, PurchaseVolumeEntity>> storedRecordsOf(List<ValidRow> chunk) {
        Set<UUID> accountIds = new LinkedHashSet<>();
        Set<String> periods = new LinkedHashSet<>();
        for (ValidRow row : chunk) {
            accountIds.add(row.account().id);
            periods.add(row.volume().period().format());
        }
        Map<UUID, Map<String, PurchaseVolumeEntity>> stored = new HashMap<>();
        for (PurchaseVolumeEntity volume : volumes.findFor(accountIds, periods)) {
            stored.computeIfAbsent(volume.accountId(), id -> new HashMap<>()).put(volume.period(), volume);
        }
        return stored;
    }

    private List<ValidRow> validate(List<PurchaseImportRow> rows) {
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
        violations.addAll(currencyViolations(valid, storedCurrenciesOf(valid)));
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

    private List<ProblemDetail.Violation> currencyViolations(List<ValidRow> valid,
            Map<UUID, Map<Period, Currency>> storedCurrencies) {
        Map<UUID, List<ValidRow>> byAccount = new LinkedHashMap<>();
        valid.forEach(row -> byAccount.computeIfAbsent(row.account().id, id -> new ArrayList<>()).add(row));
        List<ProblemDetail.Violation> violations = new ArrayList<>();
        for (Map.Entry<UUID, List<ValidRow>> entry : byAccount.entrySet()) {
            Map<Period, Currency> stored = storedCurrencies.getOrDefault(entry.getKey(), Map.of());
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

    /**
     * Writes the batch in chunks of {@link #ROWS_PER_FLUSH}, each flushed and then cleared from the
     * persistence context: a whole 5,000-row batch held its records, events and audit entries (15,000
     * entities) until the commit, past the young generation of the 128 MB heap (docs/adr/0031), and ended
     * in two full collections per batch (docs/adr/0034). The accounts read for the checks are cleared with
     * the first chunk; only their ids are used from then on.
     */
    private Imported store(List<ValidRow> rows) {
        // Nothing in a chunk reads what it wrote (its stored records are read before it), so it is flushed
        // once, at its end. Flushing automatically before each row's statements walked every entity
        // written so far, each time: quadratic in the batch (bench/RESULTS.md, P4).
        EntityManager entityManager = volumes.getEntityManager();
        FlushModeType flushMode = entityManager.getFlushMode();
        entityManager.setFlushMode(FlushModeType.COMMIT);
        try {
            Tally tally = new Tally(access.caller().userId().value());
            for (int from = 0; from < rows.size(); from += ROWS_PER_FLUSH) {
                List<ValidRow> chunk = rows.subList(from, Math.min(rows.size(), from + ROWS_PER_FLUSH));
                tally.write(chunk, storedRecordsOf(chunk));
                entityManager.flush();
                entityManager.clear();
            }
            return new Imported(rows.size(), tally.created, tally.replaced, tally.unchanged, tally.changedAccounts);
        } finally {
            entityManager.setFlushMode(flushMode);
        }
    }

    /** What the chunks written so far did. */
    private final class Tally {
        private final String recordedBy;
        private final Set<UUID> changedAccounts = new LinkedHashSet<>();
        private int created;
        private int replaced;
        private int unchanged;

        Tally(String recordedBy) {
            this.recordedBy = recordedBy;
        }

        void write(List<ValidRow> chunk, Map<UUID, Map<String, PurchaseVolumeEntity>> stored) {
            for (ValidRow row : chunk) {
                UUID accountId = row.account().id;
                Optional<PurchaseVolumeEntity> record = Optional.ofNullable(
                        stored.getOrDefault(accountId, Map.of()).get(row.volume().period().format()));
                PurchaseVolumeWriter.Effect effect = writer.write(accountId, row.volume(), record,
                        PurchaseSource.IMPORT, recordedBy).effect();
                switch (effect) {
                    case CREATED -> created++;
                    case REPLACED -> replaced++;
                    case UNCHANGED -> unchanged++;
                }
                if (effect != PurchaseVolumeWriter.Effect.UNCHANGED) {
                    changedAccounts.add(accountId);
                }
            }
        }
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
