package dev.kam.account.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Min;

/** The purchase-volume import (an ERP's batch of many accounts' volumes at once). */
@ConfigMapping(prefix = "kam.purchase-import")
public interface PurchaseImportConfig {

    /**
     * The most rows one batch may hold; the row after it is refused with 413 as soon as it is read. The
     * default fits well inside the request body limit (5,000 rows are about 350 KiB as CSV, 600 KiB as JSON).
     */
    @WithDefault("5000")
    @Min(1)
    int maxRows();
}
