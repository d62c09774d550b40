package dev.kam.account.service.portfolio;

import dev.kam.account.domain.health.CauseCode;
import dev.kam.account.domain.health.CauseCount;
import dev.kam.account.domain.health.HealthBand;
import dev.kam.account.domain.health.HealthScore;
import dev.kam.account.service.health.HealthCauseView;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Cooling accounts and the causes that recur across the portfolio")
public record CoolingReportView(
        @Schema(description = "Coolings from this moment on are reported") Instant since,
        @Schema(description = "Accounts that cooled since then (all pages)") int coolingAccounts,
        @Schema(description = "Causes of those accounts' latest coolings, each account once, most frequent first")
        List<CauseCountView> mostFrequentCoolingCauses,
        @Schema(description = "Accounts in view with a current assessment (LOST ones left out)") int accountsAssessed,
        @Schema(description = "Causes in those accounts' current assessments, most frequent first")
        List<CauseCountView> mostFrequentCurrentCauses,
        @Schema(description = "Cooling accounts, most recent cooling first") List<CoolingAccountView> items,
        @Schema(nullable = true, description = "Pass as ?cursor= for the next page; absent on the last page")
        String nextCursor) {

    @Schema(name = "CauseCount")
    public record CauseCountView(CauseCode code, int occurrences) {
    }

    @Schema(name = "CoolingAccount")
    public record CoolingAccountView(
            UUID accountId,
            String name,
            String status,
            @Schema(description = "When its latest cooling was detected") Instant cooledAt,
            @Schema(nullable = true) Integer scoreBefore,
            @Schema(nullable = true) HealthBand bandBefore,
            int score,
            HealthBand band,
            List<HealthCauseView> causes,
            @Schema(nullable = true, description = "Its score as of the last assessment") Integer currentScore,
            @Schema(nullable = true) HealthBand currentBand,
            @Schema(description = "How often it cooled since the report's start") int coolingsInWindow) {
    }

    public static CoolingReportView of(ReportingCoolingPortfolio.Report report) {
        return new CoolingReportView(report.since(), report.coolingAccounts(),
                counts(report.mostFrequentCoolingCauses()),
                report.accountsAssessed(), counts(report.mostFrequentCurrentCauses()),
                report.items().stream().map(CoolingReportView::item).toList(), report.nextCursor());
    }

    private static List<CauseCountView> counts(List<CauseCount> counts) {
        return counts.stream().map(count -> new CauseCountView(count.code(), count.occurrences())).toList();
    }

    private static CoolingAccountView item(ReportingCoolingPortfolio.CoolingAccount account) {
        return new CoolingAccountView(account.accountId(), account.name(), account.status(), account.cooledAt(),
                account.scoreBefore().map(HealthScore::value).orElse(null), account.bandBefore().orElse(null),
                account.cooledTo().score().value(), account.cooledTo().band(),
                HealthCauseView.of(account.cooledTo().causes()),
                account.currentScore().map(HealthScore::value).orElse(null), account.currentBand().orElse(null),
                account.coolingsInWindow());
    }
}
