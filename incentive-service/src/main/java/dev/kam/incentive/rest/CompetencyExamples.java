package dev.kam.incentive.rest;

/** Example bodies of the competency, training, development-plan and career operations. */
public final class CompetencyExamples {

    public static final String ASSESSMENT_REQUEST = """
            {"assessedOn": "2026-10-15", "assessedBy": "00000000-0000-4000-8000-000000000008",
             "scores": {"TECHNICAL": 4, "COMMUNICATION": 5, "PSYCHOLOGICAL": 4, "ADMINISTRATIVE": 3,
                        "MANAGERIAL_DECISION_MAKING": 4, "ANALYTICAL": 4, "CONCEPTUAL": 3}}""";

    public static final String ASSESSMENT = """
            {"id": "4d5e6f7a-8b9c-4d0e-9f1a-2b3c4d5e6f7a", "assessedOn": "2026-10-15",
             "assessedBy": "00000000-0000-4000-8000-000000000008",
             "scores": {"TECHNICAL": 4, "COMMUNICATION": 5, "PSYCHOLOGICAL": 4, "ADMINISTRATIVE": 3,
                        "MANAGERIAL_DECISION_MAKING": 4, "ANALYTICAL": 4, "CONCEPTUAL": 3},
             "meanScore": "3.9", "weakest": "ADMINISTRATIVE", "level": "SENIOR",
             "recordedBy": "00000000-0000-4000-8000-000000000008", "recordedAt": "2026-10-15T14:00:00Z"}""";

    public static final String TRAINING_REQUEST = """
            {"title": "Negotiating with buying centres", "competency": "COMMUNICATION", "completedOn": "2026-09-30"}""";

    public static final String TRAINING = """
            {"id": "5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8c", "title": "Negotiating with buying centres",
             "competency": "COMMUNICATION", "completedOn": "2026-09-30",
             "recordedBy": "00000000-0000-4000-8000-000000000006", "recordedAt": "2026-10-01T08:00:00Z"}""";

    public static final String PLAN_REQUEST = """
            {"items": [{"competency": "ADMINISTRATIVE", "action": "Run the quarterly account review alone",
                        "dueOn": "2027-03-31", "done": false},
                       {"competency": "CONCEPTUAL", "action": "Write the account strategy for Acme",
                        "dueOn": "2027-06-30", "done": false}]}""";

    public static final String PLAN = """
            {"employeeId": "00000000-0000-4000-8000-000000000001",
             "items": [{"competency": "ADMINISTRATIVE", "action": "Run the quarterly account review alone",
                        "dueOn": "2027-03-31", "done": false},
                       {"competency": "CONCEPTUAL", "action": "Write the account strategy for Acme",
                        "dueOn": "2027-06-30", "done": false}],
             "addressesWeakest": true, "version": 0, "updatedBy": "00000000-0000-4000-8000-000000000008",
             "updatedAt": "2026-10-15T14:05:00Z"}""";

    public static final String CAREER_STEP_REQUEST = """
            {"position": "Senior key account manager", "effectiveOn": "2027-01-01",
             "note": "Leads the Acme and Borealis teams"}""";

    public static final String CAREER_STEP = """
            {"id": "6f7a8b9c-0d1e-4f2a-9b3c-4d5e6f7a8b9d", "position": "Senior key account manager",
             "effectiveOn": "2027-01-01", "note": "Leads the Acme and Borealis teams",
             "recordedBy": "00000000-0000-4000-8000-000000000008", "recordedAt": "2026-12-01T09:00:00Z"}""";

    public static final String PROFILE = """
            {"userId": "00000000-0000-4000-8000-000000000001", "professionalism": "SENIOR",
             "professionalismFrom": "ASSESSMENT", "assessments": [""" + ASSESSMENT + "], \"training\": [" + TRAINING
            + "], \"developmentPlan\": " + PLAN + ", \"careerSteps\": [" + CAREER_STEP + "]}";

    public static final String AUDIT = """
            [{"id": "7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0e", "subjectType": "DEVELOPMENT",
              "subjectId": "00000000-0000-4000-8000-000000000001", "action": "ASSESSMENT_RECORDED",
              "actor": "00000000-0000-4000-8000-000000000008", "at": "2026-10-15T14:00:00Z",
              "before": null, "after": {"assessedOn": "2026-10-15", "level": "SENIOR"}}]""";

    private CompetencyExamples() {
    }
}
