package dev.kam.incentive.rest;

/** Example bodies of the OpenAPI document, kept out of the resources' annotations. */
public final class ApiExamples {

    public static final String IF_MATCH = "The `ETag` you read, e.g. \"3\"; 412 when stale, 428 when missing";

    public static final String EMPLOYEE_REGISTRATION = """
            {"userId": "00000000-0000-4000-8000-000000000001", "position": "Key account manager",
             "professionalism": "SENIOR"}""";

    public static final String EMPLOYEE_CHANGE = """
            {"position": "Senior key account manager", "professionalism": "EXPERT"}""";

    public static final String EMPLOYEE = """
            {"userId": "00000000-0000-4000-8000-000000000001", "position": "Key account manager",
             "professionalism": "SENIOR", "professionalismFrom": "ASSESSMENT", "recordedProfessionalism": "PROFESSIONAL",
             "accounts": ["6f1c2d3e-4b5a-4c6d-8e7f-901a2b3c4d5e"], "version": 0,
             "createdAt": "2026-11-27T10:15:30Z", "updatedAt": "2026-11-27T10:15:30Z"}""";

    private static final String KPIS = """
            [{"code": "volume", "name": "Purchase volume of my accounts", "measure": "PURCHASE_VOLUME",
              "weight": "60", "threshold": "800000", "target": "1000000", "cap": "1200000",
              "payoutAtThreshold": "50", "payoutAtCap": "150"},
             {"code": "growth", "name": "Growth against last year", "measure": "VOLUME_GROWTH",
              "weight": "40", "threshold": "0", "target": "5", "cap": "10",
              "payoutAtThreshold": "0", "payoutAtCap": "200"}]""";

    public static final String PLAN_REQUEST = """
            {"employeeId": "00000000-0000-4000-8000-000000000001", "period": "2026",
             "totalPossibleReward": {"amount": "100000.00", "currency": "EUR"},
             "base": {"amount": "70000.00", "currency": "EUR"},
             "kpis": """ + KPIS + "}";

    public static final String PLAN_TERMS = """
            {"totalPossibleReward": {"amount": "110000.00", "currency": "EUR"},
             "base": {"amount": "75000.00", "currency": "EUR"},
             "kpis": """ + KPIS + "}";

    private static final String KPIS_SHOWN = """
            [{"code": "volume", "name": "Purchase volume of my accounts", "measure": "PURCHASE_VOLUME",
              "unit": "amount", "weight": "60.0", "threshold": "800000", "target": "1000000", "cap": "1200000",
              "payoutAtThreshold": "50.0", "payoutAtCap": "150.0"},
             {"code": "growth", "name": "Growth against last year", "measure": "VOLUME_GROWTH", "unit": "percent",
              "weight": "40.0", "threshold": "0", "target": "5", "cap": "10",
              "payoutAtThreshold": "0.0", "payoutAtCap": "200.0"}]""";

    public static final String PLAN = """
            {"id": "3c1d6f8e-2a4b-4c5d-9e6f-7a8b9c0d1e2f", "employeeId": "00000000-0000-4000-8000-000000000001",
             "period": "2026", "inForce": 1, "draft": null,
             "versions": [{"number": 1, "status": "IN_FORCE",
               "totalPossibleReward": {"amount": "100000.00", "currency": "EUR"},
               "base": {"amount": "70000.00", "currency": "EUR"},
               "variable": {"amount": "30000.00", "currency": "EUR"}, "baseShare": "70.00",
               "kpis": """ + KPIS_SHOWN + """
            }],
             "version": 1, "createdBy": "00000000-0000-4000-8000-000000000008",
             "createdAt": "2026-11-27T10:15:30Z", "updatedAt": "2026-11-28T09:00:00Z"}""";

    public static final String PLAN_LIST = "[" + PLAN + "]";

    public static final String CAP_REFUSAL = """
            {"type": "https://kam.dev/problems/rules/base-share-cap", "title": "Business rule violated",
             "status": 422, "detail": "The base salary 70010.00 EUR is 70.01% of the total possible reward 100000.00 EUR, \
            more than the 70.0% allowed: the base may be at most 70000.00 EUR",
             "instance": "/api/incentives/plans", "rule": "base-share-cap",
             "base": {"amount": "70010.00", "currency": "EUR"},
             "totalPossibleReward": {"amount": "100000.00", "currency": "EUR"},
             "share": "70.01", "cap": "70.0", "largestBaseAllowed": {"amount": "70000.00", "currency": "EUR"}}""";

    public static final String AUDIT = """
            [{"id": "5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b", "subjectType": "PAY_PLAN",
              "subjectId": "3c1d6f8e-2a4b-4c5d-9e6f-7a8b9c0d1e2f", "action": "PUT_IN_FORCE",
              "actor": "00000000-0000-4000-8000-000000000008", "at": "2026-11-28T09:00:00Z",
              "before": {"inForce": null, "draft": 1, "version": 0},
              "after": {"inForce": 1, "draft": null, "version": 1}}]""";

    private ApiExamples() {
    }
}
