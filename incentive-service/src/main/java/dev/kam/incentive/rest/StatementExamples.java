package dev.kam.incentive.rest;

/** Example bodies of the statement operations in the OpenAPI document. */
public final class StatementExamples {

    public static final String ADJUSTMENT_REQUEST = """
            {"amount": {"amount": "250.00", "currency": "EUR"},
             "reason": "Order of 2026-09-28 was booked in October by mistake"}""";

    public static final String DISPUTE_REQUEST = """
            {"line": "volume", "reason": "The order of 2026-09-28 from Acme Industrial is missing"}""";

    public static final String RESOLUTION_REQUEST = """
            {"outcome": "UPHELD", "explanation": "The order was booked late; paid with this statement",
             "adjustment": {"amount": "250.00", "currency": "EUR"}}""";

    private static final String LINES = """
            [{"code": "volume", "name": "Purchase volume of my accounts", "measure": "PURCHASE_VOLUME",
              "unit": "amount", "weight": "60.0", "actual": "250000.00",
              "derivation": "purchases of 2 accounts in 2026-Q3: 250000.00 EUR",
              "curveSegment": "between threshold 200000 (50.0%) and target 250000 (100%): 100.00%",
              "payoutFactor": "100.00%", "payout": {"amount": "6000.00", "currency": "EUR"},
              "rounding": "rounded half up to cents",
              "trace": "Purchase volume of my accounts: actual 250000.00 amount (purchases of 2 accounts in 2026-Q3: \
            250000.00 EUR); between threshold 200000 (50.0%) and target 250000 (100%): 100.00%; payout 10000.00 EUR \
            x 60.0% x 100.00% = 6000.00 EUR, rounded half up to cents"},
             {"code": "growth", "name": "Growth against last year", "measure": "VOLUME_GROWTH", "unit": "percent",
              "weight": "40.0", "actual": null,
              "derivation": "no purchases recorded in 2025-Q3 to compare 2026-Q3 with",
              "curveSegment": "not measurable: nothing is paid", "payoutFactor": "0.00%",
              "payout": {"amount": "0.00", "currency": "EUR"}, "rounding": "rounded half up to cents",
              "trace": "Growth against last year: not measurable (no purchases recorded in 2025-Q3 to compare \
            2026-Q3 with), pays nothing"}]""";

    public static final String STATEMENT = """
            {"id": "2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e", "employeeId": "00000000-0000-4000-8000-000000000001",
             "period": "2026-Q3", "status": "APPROVED", "planId": "3c1d6f8e-2a4b-4c5d-9e6f-7a8b9c0d1e2f",
             "planVersion": 1, "base": {"amount": "17500.00", "currency": "EUR"},
             "lines": """ + LINES + """
            ,
             "variable": {"amount": "6000.00", "currency": "EUR"},
             "computedTotal": {"amount": "23500.00", "currency": "EUR"},
             "adjustments": [{"number": 1, "amount": {"amount": "250.00", "currency": "EUR"},
               "reason": "Settles upheld dispute 1 on line 'volume'",
               "madeBy": "00000000-0000-4000-8000-000000000006", "madeAt": "2026-10-08T09:30:00Z"}],
             "total": {"amount": "23750.00", "currency": "EUR"},
             "disputes": [{"number": 1, "line": "volume",
               "reason": "The order of 2026-09-28 from Acme Industrial is missing",
               "raisedBy": "00000000-0000-4000-8000-000000000001", "raisedAt": "2026-10-06T14:00:00Z", "open": false,
               "outcome": "UPHELD", "explanation": "The order was booked late; paid with this statement",
               "resolvedBy": "00000000-0000-4000-8000-000000000006", "resolvedAt": "2026-10-08T09:30:00Z"}],
             "approvedBy": "00000000-0000-4000-8000-000000000006", "approvedAt": "2026-10-05T08:00:00Z",
             "paidBy": null, "paidAt": null, "computedAt": "2026-10-01T06:12:40Z", "version": 7,
             "createdAt": "2026-07-01T09:00:00Z", "updatedAt": "2026-10-08T09:30:00Z"}""";

    public static final String PAGE = """
            {"items": [{"id": "2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e",
               "employeeId": "00000000-0000-4000-8000-000000000001", "period": "2026-Q3", "status": "DRAFT",
               "planVersion": 1, "base": {"amount": "17500.00", "currency": "EUR"},
               "variable": {"amount": "6000.00", "currency": "EUR"}, "total": {"amount": "23500.00", "currency": "EUR"},
               "version": 3, "updatedAt": "2026-10-01T06:12:40Z"}],
             "nextCursor": "MjAyNi1RMx8wMDAwMDAwMC0wMDAwLTQwMDAtODAwMC0wMDAwMDAwMDAwMDE"}""";

    public static final String AUDIT = """
            [{"id": "7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d", "subjectType": "STATEMENT",
              "subjectId": "2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e", "action": "APPROVED",
              "actor": "00000000-0000-4000-8000-000000000006", "at": "2026-10-05T08:00:00Z",
              "before": {"status": "DRAFT", "version": 3}, "after": {"status": "APPROVED", "version": 4}}]""";

    private StatementExamples() {
    }
}
