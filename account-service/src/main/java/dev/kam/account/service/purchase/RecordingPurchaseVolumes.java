package dev.kam.account.service.purchase;

import dev.kam.account.domain.access.AccountAction;
import dev.kam.account.domain.purchase.OneCurrencyPerAccount;
import dev.kam.account.domain.purchase.PurchaseVolume;
import dev.kam.account.repository.PurchaseSource;
import dev.kam.account.repository.PurchaseVolumeRepository;
import dev.kam.account.service.access.AccountAccess;
import dev.kam.account.service.health.HealthFactsChanged;
import dev.kam.kernel.DomainRuleViolation;
import dev.kam.kernel.period.Period;
import dev.kam.plumbing.problem.ProblemDetail;
import dev.kam.plumbing.problem.ProblemException;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * Records one account's purchase volume for one period (creating or replacing the period's record);
 * the account's health is reassessed once this has committed.
 */
@ApplicationScoped
public class RecordingPurchaseVolumes {

    /** The period's volume as stored, and whether it is the period's first record. */
    public record Recorded(PurchaseVolumeView volume, boolean created) {
    }

    private final AccountAccess access;
    private final PurchaseVolumeRepository volumes;
    private final PurchaseVolumeWriter writer;
    private final Event<HealthFactsChanged> changed;

    RecordingPurchaseVolumes(AccountAccess access, PurchaseVolumeRepository volumes, PurchaseVolumeWriter writer,
            Event<HealthFactsChanged> changed) {
        this.access = access;
        this.volumes = volumes;
        this.writer = writer;
        this.changed = changed;
    }

    /**
     * @param fieldNames maps the figure names ({@code amount}, {@code currency}, {@code quantity},
     *                   {@code period}) to the caller's field names, for the 400 violations
     */
    @Transactional
    public Recorded record(UUID accountId, String period, String amount, String currency,
            String quantity, UnaryOperator<String> fieldNames) {
        access.require(accountId, AccountAction.RECORD_PURCHASE_VOLUME);
        PurchaseVolume volume = validVolume(period, amount, currency, quantity, fieldNames);
        requireOneCurrency(accountId, volume);
        PurchaseVolumeWriter.Written written = writer.write(accountId, volume, PurchaseSource.API,
                access.caller().userId().value());
        Log.infof("Purchase volume %s of account %s %s", volume.period(), accountId, written.effect());
        if (written.effect() != PurchaseVolumeWriter.Effect.UNCHANGED) {
            changed.fire(new HealthFactsChanged(Set.of(accountId)));
        }
        return new Recorded(PurchaseVolumeView.of(written.volume()),
                written.effect() == PurchaseVolumeWriter.Effect.CREATED);
    }

    private static PurchaseVolume validVolume(String period, String amount, String currency, String quantity,
            UnaryOperator<String> fieldNames) {
        PurchaseFigures.Reading reading = PurchaseFigures.read(period, amount, currency, quantity);
        return reading.volume().orElseThrow(() -> new ProblemException(Response.Status.BAD_REQUEST,
                ProblemDetail.BLANK_TYPE, "Invalid input",
                "The purchase volume has " + reading.faults().size() + " invalid field(s)",
                reading.faults().stream()
                        .map(fault -> new ProblemDetail.Violation(fieldNames.apply(fault.field()), fault.message()))
                        .toList()));
    }

    private void requireOneCurrency(UUID accountId, PurchaseVolume volume) {
        Map<Period, Currency> stored = volumes.historyOf(accountId).stream()
                .collect(Collectors.toMap(v -> Period.parse(v.period()), v -> Currency.getInstance(v.currency)));
        if (!OneCurrencyPerAccount.offending(stored, List.of(volume)).isEmpty()) {
            Currency kept = OneCurrencyPerAccount.established(stored, List.of(volume)).orElseThrow();
            throw new DomainRuleViolation(OneCurrencyPerAccount.RULE, "This account's purchase volumes are in "
                    + kept.getCurrencyCode() + "; record this period in " + kept.getCurrencyCode() + " as well");
        }
    }
}
