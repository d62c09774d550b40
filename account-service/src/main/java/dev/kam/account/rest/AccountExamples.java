package dev.kam.account.rest;

/** Example bodies for the OpenAPI document of the account, team, audit, loss-review and caller endpoints. */
public final class AccountExamples {

    public static final String REGISTER = """
            {
              "name": "Nordhafen Logistik GmbH",
              "legalId": "DE811234567",
              "industry": "Logistics",
              "segment": "Large enterprise",
              "region": "North",
              "travelDistanceKm": 42,
              "travelTimeMinutes": 50,
              "status": "PROSPECT",
              "marketState": "CAPTURED_BY_COMPETITOR",
              "competitor": "Rival Freight AG",
              "annualPotential": {"amount": "1250000.00", "currency": "EUR"},
              "purchasingCentralisation": "HIGH",
              "competitionLevel": "HIGH",
              "internalCoordination": "MEDIUM",
              "deliveryFulfilmentRate": 96.5,
              "contactCadenceDays": 21,
              "comparisonRule": "SAME_PERIOD_PREVIOUS_YEAR",
              "ownerZone": "Leads the team; owns pricing and the framework contract"
            }""";

    public static final String PROFILE = """
            {
              "name": "Nordhafen Logistik GmbH",
              "legalId": "DE811234567",
              "industry": "Logistics",
              "segment": "Large enterprise",
              "region": "North",
              "travelDistanceKm": 42,
              "travelTimeMinutes": 50,
              "marketState": "INDEPENDENT",
              "annualPotential": {"amount": "1400000.00", "currency": "EUR"},
              "purchasingCentralisation": "HIGH",
              "competitionLevel": "MEDIUM",
              "internalCoordination": "MEDIUM",
              "deliveryFulfilmentRate": 97.2,
              "contactCadenceDays": 14,
              "comparisonRule": "SAME_PERIOD_PREVIOUS_YEAR"
            }""";

    public static final String DOSSIER = """
            {
              "id": "3f0c2a4e-8d7b-4c1a-9e55-0b6f3d2a1c77",
              "name": "Nordhafen Logistik GmbH",
              "legalId": "DE811234567",
              "industry": "Logistics",
              "segment": "Large enterprise",
              "region": "North",
              "travelDistanceKm": 42,
              "travelTimeMinutes": 50,
              "status": "PROSPECT",
              "marketState": "CAPTURED_BY_COMPETITOR",
              "competitor": "Rival Freight AG",
              "annualPotential": {"amount": "1250000.00", "currency": "EUR"},
              "purchasingCentralisation": "HIGH",
              "competitionLevel": "HIGH",
              "internalCoordination": "MEDIUM",
              "deliveryFulfilmentRate": 96.50,
              "contactCadenceDays": 21,
              "comparisonRule": "SAME_PERIOD_PREVIOUS_YEAR",
              "ownerId": "00000000-0000-4000-8000-000000000001",
              "team": [
                {"userId": "00000000-0000-4000-8000-000000000001", "teamRole": "KAM",
                 "zone": "Leads the team; owns pricing and the framework contract", "owner": true,
                 "joinedAt": "2025-03-03T09:15:00Z"}
              ],
              "registeredAt": "2025-03-03T09:15:00Z",
              "updatedAt": "2025-03-03T09:15:00Z",
              "yourAccess": "MANAGE",
              "version": 0
            }""";

    public static final String SUMMARY = """
            {
              "id": "3f0c2a4e-8d7b-4c1a-9e55-0b6f3d2a1c77",
              "name": "Nordhafen Logistik GmbH",
              "industry": "Logistics",
              "segment": "Large enterprise",
              "region": "North",
              "status": "KEY",
              "ownerId": "00000000-0000-4000-8000-000000000001",
              "healthScore": 72,
              "healthBand": "WATCH"
            }""";

    public static final String LIST = """
            {
              "items": [
                {"id": "3f0c2a4e-8d7b-4c1a-9e55-0b6f3d2a1c77", "name": "Nordhafen Logistik GmbH",
                 "industry": "Logistics", "segment": "Large enterprise", "region": "North", "status": "KEY",
                 "ownerId": "00000000-0000-4000-8000-000000000001",
                 "healthScore": 72, "healthBand": "WATCH"}
              ],
              "nextCursor": "bm9yZGhhZmVuIGxvZ2lzdGlrIGdtYmgfM2YwYzJhNGU"
            }""";

    public static final String MARK_LOST = """
            {
              "status": "LOST",
              "lossReview": {
                "causes": ["KEY_PERSON_LEFT", "Delivery staff treated the client's warehouse team rudely"],
                "lessons": "Keep relationships with more than one person in purchasing; escalate delivery \
            complaints within a day"
              }
            }""";

    public static final String WIN_BACK = """
            {"status": "PROSPECT", "marketState": "CAPTURED_BY_COMPETITOR", "competitor": "Rival Freight AG"}""";

    public static final String NEW_MEMBER = """
            {"userId": "00000000-0000-4000-8000-000000000002", "teamRole": "TEAM_MEMBER",
             "zone": "Logistics and delivery schedules"}""";

    public static final String MEMBER_CHANGE = """
            {"teamRole": "SPECIALIST", "zone": "Technical service and quality claims"}""";

    public static final String TRANSFER = """
            {"newOwnerId": "00000000-0000-4000-8000-000000000002", "zone": "Dossier owner from 1 March"}""";

    public static final String TEAM = """
            {
              "accountId": "3f0c2a4e-8d7b-4c1a-9e55-0b6f3d2a1c77",
              "ownerId": "00000000-0000-4000-8000-000000000001",
              "members": [
                {"userId": "00000000-0000-4000-8000-000000000001", "teamRole": "KAM",
                 "zone": "Leads the team; owns pricing and the framework contract", "owner": true,
                 "joinedAt": "2025-03-03T09:15:00Z"},
                {"userId": "00000000-0000-4000-8000-000000000002", "teamRole": "TEAM_MEMBER",
                 "zone": "Logistics and delivery schedules", "owner": false, "joinedAt": "2025-03-04T10:00:00Z"}
              ],
              "version": 1
            }""";

    public static final String AUDIT = """
            {
              "items": [
                {"id": 42, "actorId": "00000000-0000-4000-8000-000000000001", "at": "2025-03-04T10:00:00Z",
                 "action": "MEMBER_ADDED",
                 "changes": {"userId": "00000000-0000-4000-8000-000000000002", "teamRole": "TEAM_MEMBER",
                             "zone": "Logistics and delivery schedules"}}
              ],
              "nextCursor": "NDI"
            }""";

    public static final String LOSS_REVIEWS = """
            {
              "items": [
                {"id": "9b1d7c1e-2f7a-4c55-8a1e-4d5c6b7a8f90", "accountId": "3f0c2a4e-8d7b-4c1a-9e55-0b6f3d2a1c77",
                 "accountName": "Nordhafen Logistik GmbH",
                 "causes": ["KEY_PERSON_LEFT", "Delivery staff treated the client's warehouse team rudely"],
                 "lessons": "Keep relationships with more than one person in purchasing",
                 "reviewedBy": "00000000-0000-4000-8000-000000000001", "reviewedAt": "2025-09-12T14:03:00Z"}
              ]
            }""";

    public static final String WHO_AM_I = """
            {
              "userId": "00000000-0000-4000-8000-000000000002",
              "username": "tom",
              "roles": ["account-team-member", "employee"],
              "accounts": [
                {"id": "7a4e1b2c-5d6f-4a8b-9c0d-1e2f3a4b5c6d", "name": "Brandt Maschinenbau AG", "status": "KEY",
                 "owner": true, "teamRole": "KAM", "zone": "Leads the team for the southern plants"},
                {"id": "3f0c2a4e-8d7b-4c1a-9e55-0b6f3d2a1c77", "name": "Nordhafen Logistik GmbH", "status": "KEY",
                 "owner": false, "teamRole": "TEAM_MEMBER", "zone": "Logistics and delivery schedules"}
              ]
            }""";

    public static final String WHO_AM_I_SERVICE_ACCOUNT = """
            {
              "userId": "5c2f0e8a-1b3d-4e6f-8a9b-0c1d2e3f4a5b",
              "username": "5c2f0e8a-1b3d-4e6f-8a9b-0c1d2e3f4a5b",
              "roles": ["purchase-volume-feed"],
              "accounts": []
            }""";

    private AccountExamples() {
    }
}
