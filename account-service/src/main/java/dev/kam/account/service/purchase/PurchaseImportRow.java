package dev.kam.account.service.purchase;

/**
 * One row of a purchase-volume import exactly as received (all text), before any checking.
 * {@code number} counts the data rows from 1, as the error report names them.
 */
public record PurchaseImportRow(
        int number,
        String accountId,
        String legalId,
        String period,
        String amount,
        String currency,
        String quantity) {
}
