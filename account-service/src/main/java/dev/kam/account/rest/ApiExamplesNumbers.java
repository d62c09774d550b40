package dev.kam.account.rest;

/** Example bodies for the OpenAPI document of purchase volumes, value cases and health. */
public final class ApiExamplesNumbers {

    public static final String PURCHASE_VOLUME_REQUEST = """
            {"volume": {"amount": "125000.00", "currency": "EUR"}, "quantity": "420.5"}""";

    public static final String PURCHASE_VOLUME = """
            {"accountId": "6f1c9a4e-1d2b-4c3d-9e8f-0a1b2c3d4e5f", "period": "2026-Q1", "periodType": "QUARTER",
             "volume": {"amount": "125000.00", "currency": "EUR"}, "quantity": "420.500", "source": "API",
             "recordedBy": "00000000-0000-4000-8000-000000000001", "recordedAt": "2026-04-03T09:15:00Z"}""";

    public static final String COMPARISON = """
            {"period": "2026-Q1", "comparedWith": "2025-Q1", "rule": "SAME_PERIOD_PREVIOUS_YEAR",
             "current": {"amount": "110000.00", "currency": "EUR"},
             "previous": {"amount": "125000.00", "currency": "EUR"},
             "absoluteChange": {"amount": "-15000.00", "currency": "EUR"},
             "relativeChangePercent": "-12.0", "declinePercent": "12.0",
             "hasPrevious": true, "declined": true, "notLowerThanPrevious": false}""";

    public static final String IMPORT_JSON = """
            [{"legalId": "DE-HRB-12345", "period": "2026-Q1", "amount": "125000.00", "currency": "EUR"},
             {"accountId": "6f1c9a4e-1d2b-4c3d-9e8f-0a1b2c3d4e5f", "period": "2026-03", "amount": "41000.00",
              "currency": "EUR", "quantity": "120"}]""";

    public static final String IMPORT_CSV = """
            legalId,period,amount,currency,quantity
            DE-HRB-12345,2026-Q1,125000.00,EUR,
            DE-HRB-67890,2026-Q1,98000.50,EUR,310""";

    public static final String IMPORT_RESULT = """
            {"received": 2, "created": 1, "replaced": 1, "unchanged": 0, "accounts": 2}""";

    public static final String IMPORT_REJECTED = """
            {"type": "https://kam.dev/problems/purchase-import-rejected", "title": "Import rejected",
             "status": 422, "detail": "2 of 3 rows are invalid; nothing was stored. Each violation names the row (counted from 1) and field",
             "instance": "/api/accounts/purchase-volumes/imports",
             "violations": [{"field": "rows[1].period", "message": "Period must be written 2026, 2026-H1, 2026-Q3 or 2026-03, not '2026-Q5'"},
                            {"field": "rows[3].legalId", "message": "No such account"}]}""";

    public static final String VALUE_CASE_REQUEST = """
            {"title": "Coolant supply 2026-2028", "alternativeName": "Rival Chemicals", "alternativeKind": "COMPETITOR",
             "horizonYears": 3, "currency": "EUR",
             "components": [
               {"category": "PRICE", "description": "Coolant, 40 t a year", "ourCost": "52000.00",
                "alternativeCost": "48000.00", "recurrence": "ANNUAL", "evidenceKind": "MEASURED",
                "source": "Both price lists, March 2026"},
               {"category": "DOWNTIME", "description": "Line stops from clogged filters", "ourCost": "2000.00",
                "alternativeCost": "11000.00", "recurrence": "ANNUAL", "evidenceKind": "DEMONSTRABLE",
                "source": "Trial at plant 2, Jan 2026"},
               {"category": "SWITCHING", "description": "Flushing the lines once", "ourCost": "6000.00",
                "alternativeCost": "0.00", "recurrence": "ONE_OFF", "evidenceKind": "ESTIMATE",
                "source": "Maintenance lead's estimate"}]}""";

    public static final String VALUE_CASE = """
            {"id": "0b7e4a52-3c1f-4f57-a9d2-5e1a0c7d9b11", "accountId": "6f1c9a4e-1d2b-4c3d-9e8f-0a1b2c3d4e5f",
             "title": "Coolant supply 2026-2028", "alternativeName": "Rival Chemicals", "alternativeKind": "COMPETITOR",
             "horizonYears": 3, "currency": "EUR", "components": [],
             "calculation": {"ourTotalCost": {"amount": "168000.00", "currency": "EUR"},
               "alternativeTotalCost": {"amount": "177000.00", "currency": "EUR"},
               "saving": {"amount": "9000.00", "currency": "EUR"},
               "lines": [{"position": 1, "category": "DOWNTIME", "description": "Line stops from clogged filters",
                 "evidenceKind": "DEMONSTRABLE", "source": "Trial at plant 2, Jan 2026", "occurrences": 3,
                 "ourTotal": {"amount": "6000.00", "currency": "EUR"},
                 "alternativeTotal": {"amount": "33000.00", "currency": "EUR"},
                 "saving": {"amount": "27000.00", "currency": "EUR"},
                 "calculation": "ours 2000.00 EUR x 3 = 6000.00 EUR; alternative 11000.00 EUR x 3 = 33000.00 EUR; saving 27000.00 EUR"}],
               "savingByEvidence": {"MEASURED": {"amount": "-12000.00", "currency": "EUR"},
                 "DEMONSTRABLE": {"amount": "27000.00", "currency": "EUR"},
                 "ESTIMATE": {"amount": "-6000.00", "currency": "EUR"}, "OPINION": {"amount": "0.00", "currency": "EUR"}},
               "evidenceShare": {"basis": {"amount": "27000.00", "currency": "EUR"}, "hardPercent": "100.0",
                 "estimatePercent": "0.0", "opinionPercent": "0.0"},
               "savingProvenByHardEvidence": true},
             "createdBy": "00000000-0000-4000-8000-000000000002", "createdAt": "2026-03-20T10:00:00Z",
             "updatedAt": "2026-03-20T10:00:00Z", "version": 0}""";

    public static final String HEALTH = """
            {"accountId": "6f1c9a4e-1d2b-4c3d-9e8f-0a1b2c3d4e5f", "score": 58, "band": "AT_RISK",
             "causes": [{"code": "PURCHASE_DECLINE", "penalty": 12,
                         "explanation": "Purchases in 2026-Q1 are 12.0% below 2025-Q1 (110000.00 EUR against 125000.00 EUR)"},
                        {"code": "OVERDUE_CONTACT", "penalty": 10,
                         "explanation": "Contact is 15 days overdue (due 2026-04-01, target every 30 days)"}],
             "assessedAt": "2026-04-16T06:00:00Z"}""";

    public static final String COOLING_REPORT = """
            {"since": "2026-03-17T00:00:00Z", "coolingAccounts": 1,
             "mostFrequentCoolingCauses": [{"code": "PURCHASE_DECLINE", "occurrences": 1}],
             "accountsAssessed": 12,
             "mostFrequentCurrentCauses": [{"code": "OVERDUE_CONTACT", "occurrences": 5},
                                           {"code": "PURCHASE_DECLINE", "occurrences": 2}],
             "items": [{"accountId": "6f1c9a4e-1d2b-4c3d-9e8f-0a1b2c3d4e5f", "name": "Acme Tooling GmbH",
                        "status": "KEY", "cooledAt": "2026-04-16T06:00:00Z", "scoreBefore": 100, "bandBefore": "HEALTHY",
                        "score": 78, "band": "WATCH", "causes": [], "currentScore": 78, "currentBand": "WATCH",
                        "coolingsInWindow": 1}],
             "nextCursor": null}""";

    private ApiExamplesNumbers() {
    }
}
