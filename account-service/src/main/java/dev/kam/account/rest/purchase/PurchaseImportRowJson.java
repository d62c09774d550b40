package dev.kam.account.rest.purchase;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One row of a JSON import (documentation of the accepted shape; rows are read leniently to report every fault). */
@Schema(description = "One purchase volume of an import: name the account by accountId or legalId")
public record PurchaseImportRowJson(
        @Schema(nullable = true, description = "The account id (UUID)") String accountId,
        @Schema(nullable = true, description = "The account's legal identifier") String legalId,
        @Schema(description = "2026, 2026-H1, 2026-Q3 or 2026-03", example = "2026-Q1") String period,
        @Schema(description = "Decimal amount (string or number), at most two decimals", example = "125000.00")
        String amount,
        @Schema(description = "ISO 4217 currency code", example = "EUR") String currency,
        @Schema(nullable = true, description = "Optional quantity", example = "120") String quantity) {
}
