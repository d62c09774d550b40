package dev.kam.account.repository;

/** How a purchase volume reached us; the domain does not care, the record keeps it for the reader. */
public enum PurchaseSource {
    /** Recorded one at a time through the API. */
    API,
    /** Recorded in a bulk import, as an ERP sends them. */
    IMPORT
}
