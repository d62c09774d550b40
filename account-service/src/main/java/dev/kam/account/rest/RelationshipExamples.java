package dev.kam.account.rest;

/** Example bodies for the OpenAPI document of interactions, concessions, cadence, problems and plans. */
public final class RelationshipExamples {

    public static final String LOG_NEGOTIATION = """
            {
              "kind": "NEGOTIATION",
              "occurredAt": "2026-11-19T14:00:00Z",
              "ourParticipantIds": ["00000000-0000-4000-8000-000000000001", "00000000-0000-4000-8000-000000000002"],
              "stakeholderIds": ["9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d"],
              "summary": "Annual terms: they asked for 4% off; we offered 2% against a 12-month volume commitment.",
              "outcome": "NEUTRAL",
              "nextStep": "Send the revised framework contract",
              "followUpOn": "2026-11-26",
              "concessions": [
                {"direction": "GIVEN", "description": "2% discount on the framework price",
                 "value": {"amount": "25000.00", "currency": "EUR"}},
                {"direction": "RECEIVED", "description": "12-month volume commitment"}
              ]
            }""";

    public static final String INTERACTION = """
            {
              "id": "0b6b2a4c-1d2e-4f3a-9b8c-7d6e5f4a3b2c",
              "accountId": "6f1c2d3e-4b5a-4c6d-8e7f-901a2b3c4d5e",
              "kind": "CALL",
              "occurredAt": "2026-11-19T09:30:00Z",
              "ourParticipantIds": ["00000000-0000-4000-8000-000000000002"],
              "stakeholderIds": ["9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d"],
              "stakeholders": [{"id": "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d", "name": "Jana Novak"}],
              "summary": "Delivery delays in October explained; the buyer accepts the recovery plan.",
              "outcome": "POSITIVE",
              "nextStep": "Confirm the new delivery slots in writing",
              "followUpOn": "2026-11-21",
              "concessions": [],
              "loggedBy": "00000000-0000-4000-8000-000000000002",
              "loggedAt": "2026-11-19T09:52:11Z"
            }""";

    public static final String RECORD_CONCESSION = """
            {
              "direction": "RECEIVED",
              "description": "Reference visit for a prospect at their Hamburg plant",
              "interactionId": "0b6b2a4c-1d2e-4f3a-9b8c-7d6e5f4a3b2c"
            }""";

    public static final String BALANCE = """
            {
              "accountId": "6f1c2d3e-4b5a-4c6d-8e7f-901a2b3c4d5e",
              "givenCount": 4,
              "receivedCount": 1,
              "netCount": 3,
              "reading": "WE_GIVE_MORE",
              "values": [
                {"currency": "EUR", "given": {"amount": "41000.00", "currency": "EUR"},
                 "received": {"amount": "0.00", "currency": "EUR"},
                 "net": {"amount": "41000.00", "currency": "EUR"}}
              ]
            }""";

    public static final String CONTACT_STATUS = """
            {
              "accountId": "6f1c2d3e-4b5a-4c6d-8e7f-901a2b3c4d5e",
              "lastContactAt": "2026-10-20T09:30:00Z",
              "cadenceDays": 21,
              "dueOn": "2026-11-10",
              "overdue": true,
              "daysOverdue": 10,
              "daysUntilDue": 0,
              "neverContacted": false
            }""";

    public static final String RECORD_PROBLEM = """
            {
              "title": "Late deliveries to the Lyon plant",
              "description": "Trucks arrive after the shift change; unloading waits until the next morning.",
              "importance": "HIGH",
              "weCanSolve": true,
              "competitorBetter": false,
              "ownerId": "00000000-0000-4000-8000-000000000002",
              "openedOn": "2026-11-02"
            }""";

    public static final String UPDATE_PROBLEM = """
            {
              "status": "SOLVED"
            }""";

    public static final String PROBLEM = """
            {
              "id": "3c2b1a09-8f7e-4d6c-9b5a-4f3e2d1c0b9a",
              "accountId": "6f1c2d3e-4b5a-4c6d-8e7f-901a2b3c4d5e",
              "title": "Late deliveries to the Lyon plant",
              "description": "Trucks arrive after the shift change; unloading waits until the next morning.",
              "importance": "HIGH",
              "weCanSolve": true,
              "competitorBetter": false,
              "ownerId": "00000000-0000-4000-8000-000000000002",
              "status": "OPEN",
              "openedOn": "2026-11-02",
              "ageDays": 18,
              "updatedAt": "2026-11-02T10:15:00Z",
              "version": 0
            }""";

    public static final String ADD_OBJECTIVE = """
            {
              "title": "Keep the framework contract through the 2027 tender",
              "description": "The buyer's new CFO re-tenders every supplier above 1 M EUR."
            }""";

    public static final String ADD_ACTION = """
            {
              "title": "Present the total-cost-of-ownership case to the CFO",
              "ownerId": "00000000-0000-4000-8000-000000000001",
              "dueOn": "2026-12-05"
            }""";

    public static final String UPDATE_ACTION = """
            {
              "status": "IN_PROGRESS"
            }""";

    public static final String PLAN = """
            {
              "accountId": "6f1c2d3e-4b5a-4c6d-8e7f-901a2b3c4d5e",
              "objectives": [
                {"id": "5d4c3b2a-1f0e-4d9c-8b7a-6f5e4d3c2b1a", "accountId": "6f1c2d3e-4b5a-4c6d-8e7f-901a2b3c4d5e",
                 "title": "Keep the framework contract through the 2027 tender",
                 "createdAt": "2026-11-01T08:00:00Z",
                 "actions": [
                   {"id": "7e6d5c4b-3a29-4180-9f8e-7d6c5b4a3928", "accountId": "6f1c2d3e-4b5a-4c6d-8e7f-901a2b3c4d5e",
                    "objectiveId": "5d4c3b2a-1f0e-4d9c-8b7a-6f5e4d3c2b1a",
                    "title": "Present the total-cost-of-ownership case to the CFO",
                    "ownerId": "00000000-0000-4000-8000-000000000001", "dueOn": "2026-11-15",
                    "status": "IN_PROGRESS", "overdue": true, "daysOverdue": 5, "version": 1}
                 ]}
              ],
              "overdueActions": 1
            }""";

    private RelationshipExamples() {
    }
}
