package dev.kam.incentive.rest;

/** Example bodies of the workload operations. */
public final class WorkloadExamples {

    public static final String NORMS = """
            {"weightsVersion": 1,
             "weights": {"CLIENT_POTENTIAL": "15.0", "PROFESSIONALISM": "20.0", "DISTANCE": "10.0",
                         "PURCHASING_CENTRALISATION": "10.0", "CLIENT_RELATIONSHIPS": "15.0",
                         "INTERNAL_COORDINATION": "10.0", "DELIVERY_FULFILMENT": "10.0", "COMPETITION": "5.0",
                         "SUPPORT_STAFF": "5.0"},
             "unitsPerFullTime": "8", "overloadAbove": "100.0"}""";

    public static final String RATING_REQUEST = """
            {"clientPotential": 5, "distanceKm": 320, "centralisation": "DECENTRALISED", "internalCoordination": 4,
             "deliveryFulfilment": "91.5", "competition": null, "supportStaff": "NONE"}""";

    public static final String RATING = """
            {"accountId": "6f1c2d3e-4b5a-4c6d-8e7f-901a2b3c4d5e", "employeeId": "00000000-0000-4000-8000-000000000002",
             "clientPotential": 5, "distanceKm": 320, "centralisation": "DECENTRALISED", "internalCoordination": 4,
             "deliveryFulfilment": "91.5", "competition": null, "supportStaff": "NONE", "version": 0,
             "updatedBy": "00000000-0000-4000-8000-000000000001", "updatedAt": "2026-11-27T10:15:30Z"}""";

    public static final String WORKLOAD = """
            {"employeeId": "00000000-0000-4000-8000-000000000002", "professionalism": "PROFESSIONAL",
             "professionalismFrom": "ASSESSMENT", "weightsVersion": 1, "capacity": "8.000", "load": "1.000",
             "utilisation": "12.5%", "headroom": "7.000", "overloaded": false,
             "assignments": [{"accountId": "6f1c2d3e-4b5a-4c6d-8e7f-901a2b3c4d5e", "accountName": "Acme Industrial",
               "units": "1.000", "ratingVersion": null,
               "factors": [{"factor": "CLIENT_RELATIONSHIPS", "label": "client people to keep relations with",
                 "input": "6 people", "source": "STAKEHOLDER_EVENTS", "burden": 3, "weight": "15.0%", "units": "0.150",
                 "explanation": "client people to keep relations with: 6 people -> burden 3 x weight 15.0% = 0.150 units"}]}]}""";

    public static final String RECOMMENDATION = """
            {"employeeId": "00000000-0000-4000-8000-000000000002", "professionalism": "SENIOR", "weightsVersion": 1,
             "capacity": "8.000", "perOrdinaryAccount": "0.933", "recommendedAccounts": 8, "currentAccounts": 5,
             "explanation": "Capacity 8.000 units / 0.933 units per ordinary account for a SENIOR = 8 accounts (rounded down)"}""";

    public static final String ALERTS = """
            [{"employeeId": "00000000-0000-4000-8000-000000000002", "load": "9.250", "allowed": "8.000",
              "utilisation": "115.6%", "excess": "1.250",
              "heaviestAccounts": ["6f1c2d3e-4b5a-4c6d-8e7f-901a2b3c4d5e"], "weightsVersion": 1,
              "explanation": "Load 9.250 units is 115.6% of capacity, 1.250 units above the 8.000 allowed"}]""";

    public static final String AUDIT = """
            [{"id": "8b9c0d1e-2f3a-4b4c-9d5e-6f7a8b9c0d1f", "subjectType": "ASSIGNMENT_RATING",
              "subjectId": "6f1c2d3e-4b5a-4c6d-8e7f-901a2b3c4d5e/00000000-0000-4000-8000-000000000002",
              "action": "ASSIGNMENT_RATED", "actor": "00000000-0000-4000-8000-000000000001",
              "at": "2026-11-27T10:15:30Z", "before": null, "after": {"clientPotential": 5, "version": 0}}]""";

    private WorkloadExamples() {
    }
}
