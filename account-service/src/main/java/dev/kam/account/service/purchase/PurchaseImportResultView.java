package dev.kam.account.service.purchase;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "What an import did")
public record PurchaseImportResultView(
        @Schema(description = "Rows in the batch") int received,
        @Schema(description = "Periods recorded for the first time") int created,
        @Schema(description = "Periods whose earlier figures were replaced") int replaced,
        @Schema(description = "Rows identical to what was stored; nothing published for them") int unchanged,
        @Schema(description = "Accounts whose volumes changed (their health is reassessed)") int accounts) {

    public static PurchaseImportResultView of(ImportingPurchaseVolumes.Imported imported) {
        return new PurchaseImportResultView(imported.received(), imported.created(), imported.replaced(),
                imported.unchanged(), imported.accountIds().size());
    }
}
