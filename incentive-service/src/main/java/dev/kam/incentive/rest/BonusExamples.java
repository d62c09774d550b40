package dev.kam.incentive.rest;

/** Example bodies of the retention bonus operations, kept out of the resource's annotations. */
public final class BonusExamples {

    public static final String PROGRAM_REQUEST = """
            {"name": "Keep the northern key accounts 2025-H2", "period": "2025-H2",
             "comparisonRule": "SAME_PERIOD_PREVIOUS_YEAR", "scope": "GROUP_TOTAL",
             "amountPerEmployee": {"amount": "1500.00", "currency": "EUR"},
             "accounts": ["6f1c2d3e-4b5a-4c6d-8e7f-901a2b3c4d5e", "7a2d3e4f-5c6b-4d7e-9f80-a1b2c3d4e5f6"],
             "eligible": ["00000000-0000-4000-8000-000000000007"]}""";

    public static final String PROGRAM = """
            {"id": "1b2c3d4e-5f6a-4b7c-8d9e-0f1a2b3c4d5e", "name": "Keep the northern key accounts 2025-H2",
             "period": "2025-H2", "comparisonRule": "SAME_PERIOD_PREVIOUS_YEAR", "comparedWith": "2024-H2",
             "scope": "GROUP_TOTAL", "amountPerEmployee": {"amount": "1500.00", "currency": "EUR"},
             "accounts": ["6f1c2d3e-4b5a-4c6d-8e7f-901a2b3c4d5e", "7a2d3e4f-5c6b-4d7e-9f80-a1b2c3d4e5f6"],
             "eligible": ["00000000-0000-4000-8000-000000000007"], "evaluated": false, "version": 0,
             "createdBy": "00000000-0000-4000-8000-000000000006", "createdAt": "2025-06-20T09:00:00Z",
             "updatedAt": "2025-06-20T09:00:00Z"}""";

    public static final String PROGRAM_PAGE = "{\"items\": [" + PROGRAM + "], \"nextCursor\": null}";

    public static final String EVALUATION = """
            {"programId": "1b2c3d4e-5f6a-4b7c-8d9e-0f1a2b3c4d5e", "period": "2025-H2", "comparedWith": "2024-H2",
             "scope": "GROUP_TOTAL", "pays": true,
             "explanation": "The group bought 410000.00 EUR in 2025-H2, not less than 400000.00 EUR in 2024-H2",
             "groupCurrent": {"amount": "410000.00", "currency": "EUR"},
             "groupPrevious": {"amount": "400000.00", "currency": "EUR"},
             "accounts": [
               {"accountId": "6f1c2d3e-4b5a-4c6d-8e7f-901a2b3c4d5e", "verdict": "MET",
                "current": {"amount": "260000.00", "currency": "EUR"},
                "previous": {"amount": "240000.00", "currency": "EUR"},
                "explanation": "6f1c2d3e-4b5a-4c6d-8e7f-901a2b3c4d5e bought 260000.00 EUR, not less than 240000.00 EUR"},
               {"accountId": "7a2d3e4f-5c6b-4d7e-9f80-a1b2c3d4e5f6", "verdict": "FAILED",
                "current": {"amount": "150000.00", "currency": "EUR"},
                "previous": {"amount": "160000.00", "currency": "EUR"},
                "explanation": "7a2d3e4f-5c6b-4d7e-9f80-a1b2c3d4e5f6 bought 150000.00 EUR, less than 160000.00 EUR"}],
             "awards": [{"employeeId": "00000000-0000-4000-8000-000000000007",
                         "amount": {"amount": "1500.00", "currency": "EUR"}}],
             "evaluatedBy": "00000000-0000-4000-8000-000000000006", "evaluatedAt": "2026-01-05T08:30:00Z"}""";

    public static final String PREVIEW = """
            {"programId": "1b2c3d4e-5f6a-4b7c-8d9e-0f1a2b3c4d5e", "period": "2025-H2", "comparedWith": "2024-H2",
             "scope": "GROUP_TOTAL", "pays": false,
             "explanation": "The group bought 380000.00 EUR in 2025-H2, less than 400000.00 EUR in 2024-H2",
             "groupCurrent": {"amount": "380000.00", "currency": "EUR"},
             "groupPrevious": {"amount": "400000.00", "currency": "EUR"},
             "accounts": [
               {"accountId": "6f1c2d3e-4b5a-4c6d-8e7f-901a2b3c4d5e", "verdict": "MET",
                "current": {"amount": "250000.00", "currency": "EUR"},
                "previous": {"amount": "240000.00", "currency": "EUR"},
                "explanation": "6f1c2d3e-4b5a-4c6d-8e7f-901a2b3c4d5e bought 250000.00 EUR, not less than 240000.00 EUR"},
               {"accountId": "7a2d3e4f-5c6b-4d7e-9f80-a1b2c3d4e5f6", "verdict": "FAILED",
                "current": {"amount": "130000.00", "currency": "EUR"},
                "previous": {"amount": "160000.00", "currency": "EUR"},
                "explanation": "7a2d3e4f-5c6b-4d7e-9f80-a1b2c3d4e5f6 bought 130000.00 EUR, less than 160000.00 EUR"}],
             "awards": [], "asOf": "2025-12-01T08:00:00Z", "periodClosed": false, "evaluated": false,
             "final": false}""";

    public static final String PERIOD_OPEN = """
            {"type": "https://kam.dev/problems/rules/bonus-period-open", "title": "Business rule violated",
             "status": 422, "detail": "The programme's period 2026-H2 closes on 2027-01-01; it can be evaluated from then on",
             "instance": "/api/incentives/bonus-programs/1b2c3d4e-5f6a-4b7c-8d9e-0f1a2b3c4d5e/evaluation"}""";

    public static final String AWARDS = """
            [{"id": "2c3d4e5f-6a7b-4c8d-9e0f-1a2b3c4d5e6f", "programId": "1b2c3d4e-5f6a-4b7c-8d9e-0f1a2b3c4d5e",
              "programName": "Keep the northern key accounts 2025-H2", "period": "2025-H2",
              "employeeId": "00000000-0000-4000-8000-000000000007",
              "amount": {"amount": "1500.00", "currency": "EUR"}, "awardedAt": "2026-01-05T08:30:00Z"}]""";

    public static final String AUDIT = """
            [{"id": "5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b", "subjectType": "BONUS_PROGRAM",
              "subjectId": "1b2c3d4e-5f6a-4b7c-8d9e-0f1a2b3c4d5e", "action": "PROGRAM_EVALUATED",
              "actor": "00000000-0000-4000-8000-000000000006", "at": "2026-01-05T08:30:00Z",
              "before": {"evaluated": false, "version": 0},
              "after": {"pays": true, "explanation": "The group bought 410000.00 EUR in 2025-H2, not less than 400000.00 EUR in 2024-H2"}}]""";

    private BonusExamples() {
    }
}
