package dev.kam.contact.rest;

/** Example bodies of the OpenAPI document, kept out of the resources' annotations. */
public final class ApiExamples {

    public static final String IF_MATCH = "The `ETag` you read, e.g. \"3\"; 412 when stale";
    public static final String IF_MATCH_OPTIONAL = "The `ETag` you read (optional; checked when sent)";
    public static final String IDEMPOTENCY_KEY = "Makes a retry safe: any unique string, e.g. a UUID";
    public static final String NEXT_CURSOR = "`nextCursor` of the previous page";

    public static final String NEW_STAKEHOLDER = """
            {"accountId": "6f1c2d3e-4b5a-4c6d-8e7f-901a2b3c4d5e", "name": "Jana Novak",
             "position": "Head of Purchasing", "department": "Procurement",
             "channels": [{"kind": "EMAIL", "value": "jana.novak@acme.example"}],
             "primaryContact": true,
             "assessment": {"interest": 2, "involvement": 2,
                            "reason": "Forwards every request to engineering and signs nothing herself"}}""";

    public static final String STAKEHOLDER = """
            {"id": "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d", "accountId": "6f1c2d3e-4b5a-4c6d-8e7f-901a2b3c4d5e",
             "name": "Jana Novak", "position": "Head of Purchasing", "department": "Procurement",
             "reportsTo": null, "channels": [{"kind": "EMAIL", "value": "jana.novak@acme.example"}],
             "status": "ACTIVE", "leftOn": null, "leftTo": null, "primaryContact": true, "role": "BUTLER",
             "lastInformed": {"at": "2026-11-25T14:00:00Z", "interactionId": "0b6b2a4c-1d2e-4f3a-9b8c-7d6e5f4a3b2c",
                              "kind": "CALL"},
             "lastMet": {"at": "2026-11-12T09:30:00Z", "interactionId": "3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f",
                         "kind": "MEETING"},
             "erased": false, "version": 0, "createdAt": "2026-11-27T10:15:30Z", "updatedAt": "2026-11-27T10:15:30Z"}""";

    public static final String STAKEHOLDER_PAGE = """
            {"items": [""" + STAKEHOLDER + """
            ], "nextCursor": "MjAyNi0xMS0yN1QxMDoxNTozMFofOWE4YjdjNmQ"}""";

    public static final String STAKEHOLDER_CHANGE = """
            {"name": "Jana Novak", "position": "Purchasing Director", "department": "Procurement",
             "reportsTo": null, "channels": [{"kind": "PHONE", "value": "+49 89 1234 567"}], "primaryContact": true}""";

    public static final String DEPARTURE = """
            {"leftOn": "2026-11-20", "destination": "Purchasing at a competitor's client"}""";

    public static final String ASSESSMENT_REQUEST = """
            {"interest": 5, "involvement": 4, "reason": "Chairs the tender committee; his bonus depends on uptime",
             "decisionId": null}""";

    public static final String ASSESSMENT = """
            {"id": "1b2c3d4e-5f60-4a7b-8c9d-0e1f2a3b4c5d", "stakeholderId": "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d",
             "decisionId": null, "interest": 5, "involvement": 4, "classifiedRole": "LEADER", "role": "LEADER",
             "overridden": false, "reason": "Chairs the tender committee; his bonus depends on uptime",
             "overrideReason": null, "assessedBy": "00000000-0000-4000-8000-000000000001",
             "assessedAt": "2026-11-27T10:15:30Z"}""";

    public static final String ASSESSMENT_PAGE = """
            {"items": [""" + ASSESSMENT + """
            ]}""";

    public static final String NEW_DECISION = """
            {"accountId": "6f1c2d3e-4b5a-4c6d-8e7f-901a2b3c4d5e", "name": "Crane fleet tender 2027"}""";

    public static final String DECISION = """
            {"id": "5d4c3b2a-1f0e-4d9c-8b7a-6f5e4d3c2b1a", "accountId": "6f1c2d3e-4b5a-4c6d-8e7f-901a2b3c4d5e",
             "name": "Crane fleet tender 2027", "createdBy": "00000000-0000-4000-8000-000000000001",
             "createdAt": "2026-11-27T10:15:30Z"}""";

    public static final String DECISION_PAGE = """
            {"items": [""" + DECISION + """
            ]}""";

    public static final String DECISION_BUYING_CENTRE = """
            {"decision": """ + DECISION + """
            , "members": [{"stakeholderId": "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d", "name": "Jana Novak",
              "role": "HELPER", "accountRole": "BUTLER", "interest": 2, "involvement": 4}]}""";

    public static final String NEW_RELATIONSHIP = """
            {"holderId": "00000000-0000-4000-8000-000000000002", "type": "BUSINESS", "quality": "GOOD",
             "reason": "Solved their spare-parts backlog together", "lastContactOn": "2026-11-20"}""";

    public static final String RELATIONSHIP_CHANGE = """
            {"type": "BUSINESS", "quality": "NEUTRAL", "reason": "Cooler since the price increase",
             "lastContactOn": "2026-11-25"}""";

    public static final String RELATIONSHIP = """
            {"id": "7e6d5c4b-3a29-4817-9f6e-5d4c3b2a1908", "stakeholderId": "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d",
             "accountId": "6f1c2d3e-4b5a-4c6d-8e7f-901a2b3c4d5e", "holderId": "00000000-0000-4000-8000-000000000002",
             "type": "BUSINESS", "quality": "GOOD", "reason": "Solved their spare-parts backlog together",
             "lastContactOn": "2026-11-20", "version": 0, "createdAt": "2026-11-27T10:15:30Z",
             "updatedAt": "2026-11-27T10:15:30Z"}""";

    public static final String RELATIONSHIPS = "[" + RELATIONSHIP + "]";

    public static final String PROFILE_REQUEST = """
            {"education": "Mechanical engineering, TU Munich, 1998", "previousPosition": "Buyer at a crane maker",
             "companyOrSelf": "The company's, clearly", "negotiatingStyle": "Prepared, asks for written figures",
             "feltObligations": "Feels he owes the incumbent for help during the 2024 shortage"}""";

    public static final String PROFILE = """
            {"stakeholderId": "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d",
             "answers": {"education": "Mechanical engineering, TU Munich, 1998",
                         "previousPosition": "Buyer at a crane maker", "companyOrSelf": "The company's, clearly",
                         "personalConcerns": null, "tiesWithOurStaff": null, "ethicalConsiderations": null,
                         "negotiatingStyle": "Prepared, asks for written figures",
                         "feltObligations": "Feels he owes the incumbent for help during the 2024 shortage",
                         "companyProblems": null, "competitorOffer": null},
             "completenessPercent": 50,
             "missingQuestions": ["personal-concerns", "ties-with-our-staff", "ethical-considerations",
                                  "company-problems", "competitor-offer"],
             "version": 1, "updatedBy": "00000000-0000-4000-8000-000000000001", "updatedAt": "2026-11-27T10:15:30Z"}""";

    public static final String PROFILE_AUDIT_PAGE = """
            {"items": [{"action": "READ", "actorId": "00000000-0000-4000-8000-000000000002",
                        "fields": ["education", "negotiating-style"], "occurredAt": "2026-11-27T10:15:30Z"}]}""";

    public static final String EXPORT = """
            {"exportedAt": "2026-11-27T10:15:30Z", "stakeholder": """ + STAKEHOLDER + """
            , "assessments": [""" + ASSESSMENT + """
            ], "relationships": [""" + RELATIONSHIP + """
            ], "profile": """ + PROFILE + "}";

    public static final String ERASURE = """
            {"stakeholderId": "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d", "erasedAt": "2026-11-27T10:15:30Z",
             "erasedAnswers": ["education", "negotiating-style"]}""";

    public static final String COVERAGE = """
            {"accountId": "6f1c2d3e-4b5a-4c6d-8e7f-901a2b3c4d5e", "stakeholderCount": 5, "leaderCovered": false,
             "onlyButlerReachable": true, "relationshipHolders": 1, "singleThreaded": true,
             "gaps": [{"code": "NO_LEADER_RELATIONSHIP", "stakeholderId": null,
                       "explanation": "No leader of this buying centre has been identified, so nobody of ours knows one."},
                      {"code": "ONLY_BUTLER_REACHABLE", "stakeholderId": null,
                       "explanation": "Everyone we reach is a gatekeeper; ask for other contacts, possibly via other team members."}]}""";

    public static final String NEXT_ACTIONS = """
            {"accountId": "6f1c2d3e-4b5a-4c6d-8e7f-901a2b3c4d5e", "asOf": "2026-11-27",
             "actions": [{"code": "BUTLER_MAIN_CONTACT_NO_LEADER_REACHED",
                          "stakeholderId": "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d", "stakeholderName": "Jana Novak",
                          "role": "BUTLER",
                          "action": "Your main contact is a gatekeeper and no leader is reached. Respect his position and never go behind his back, but keep asking for the people who decide, possibly through other members of our team."}]}""";

    public static final String GUIDANCE = """
            {"role": "BUTLER", "interest": "LOW", "involvement": "LOW",
             "purpose": "Frequently the person we deal with most, though neither interested nor involved; he controls who can reach the people who are.",
             "rules": [{"code": "butler-respect-his-rights",
                        "text": "Treat his position as legitimate and never go around him behind his back."}]}""";

    public static final String MATRIX = """
            {"accountId": "6f1c2d3e-4b5a-4c6d-8e7f-901a2b3c4d5e", "accountName": "Hafenkran Werke",
             "decisionId": null, "decisionName": null, "roleHighFrom": 3,
             "people": [{"stakeholderId": "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d", "name": "Jana Novak",
                         "position": "Head of Purchasing", "erased": false, "interest": 2, "involvement": 2,
                         "role": "BUTLER", "quadrant": "BUTLER", "primaryContact": true, "bestRelationship": "GOOD",
                         "x": 0.375, "y": 0.375},
                        {"stakeholderId": "2b3c4d5e-6f70-4a8b-9c0d-1e2f3a4b5c6d", "name": "Erased person",
                         "position": null, "erased": true, "interest": 5, "involvement": 4, "role": "LEADER",
                         "quadrant": "LEADER", "primaryContact": false, "bestRelationship": null,
                         "x": 0.75, "y": 0.9167}]}""";

    public static final String MATRIX_SVG = """
            <?xml version="1.0" encoding="UTF-8"?>
            <svg xmlns="http://www.w3.org/2000/svg" width="1000" height="720" viewBox="0 0 1000 720">
            <title>Buying centre of Hafenkran Werke</title>
            <g class="quadrant" data-quadrant="LEADER">...</g>
            <g class="person" data-stakeholder-id="9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d" data-quadrant="BUTLER"
               data-role="BUTLER" data-relationship="good" data-primary="true">...</g>
            </svg>""";

    public static final String BRIEF_REQUEST = """
            {"meetingOn": "2026-12-03", "purpose": "Renewal of the crane service framework contract",
             "attendeeIds": ["9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d"],
             "ourAttendeeIds": ["00000000-0000-4000-8000-000000000001"]}""";

    /** account-service's part of a brief: the fields from {@code account} to {@code openProblems}. */
    private static final String BRIEF_ACCOUNT_HISTORY = """
             "account": {"status": "KEY", "marketState": null, "competitor": null, "industry": "Logistics",
                         "segment": "Large enterprise", "region": "North",
                         "ownerId": "00000000-0000-4000-8000-000000000001", "contactCadenceDays": 21,
                         "lastContactAt": "2026-11-20T09:00:00Z", "healthScore": 64, "healthBand": "WATCH"},
             "recentInteractions": [{"occurredAt": "2026-11-20T09:00:00Z", "kind": "MEETING",
                                     "summary": "Quarterly review", "outcome": "NEUTRAL",
                                     "nextStep": "Send the uptime report",
                                     "ourParticipantIds": ["00000000-0000-4000-8000-000000000001"],
                                     "stakeholderIds": ["9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d"]}],
             "openProblems": [{"title": "Spare parts arrive late", "importance": "HIGH", "status": "OPEN",
                               "weCanSolve": true, "competitorBetter": false, "openedOn": "2026-10-02",
                               "ageDays": 56}],""";

    public static final String BRIEF = """
            {"accountId": "6f1c2d3e-4b5a-4c6d-8e7f-901a2b3c4d5e", "accountName": "Hafenkran Werke",
             "meetingOn": "2026-12-03", "purpose": "Renewal of the crane service framework contract",
             "preparedAt": "2026-11-27T10:15:30Z",""" + BRIEF_ACCOUNT_HISTORY + """

             "missing": [], "profilesIncluded": true, "profilesNote": null,
             "ourAttendeeIds": ["00000000-0000-4000-8000-000000000001"],
             "attendees": [{"stakeholderId": "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d", "name": "Jana Novak",
                            "position": "Head of Purchasing", "department": "Procurement", "erased": false,
                            "primaryContact": true, "role": "BUTLER", "accountRole": "BUTLER", "interest": 2,
                            "involvement": 2, "guidance": """ + GUIDANCE + """
            ,
                            "lastInformed": {"at": "2026-11-25T14:00:00Z",
                                             "interactionId": "0b6b2a4c-1d2e-4f3a-9b8c-7d6e5f4a3b2c",
                                             "kind": "CALL"},
                            "lastMet": null,
                            "relationships": [{"holderId": "00000000-0000-4000-8000-000000000001",
                                               "type": "BUSINESS", "quality": "GOOD",
                                               "reason": "Solved their spare-parts backlog together",
                                               "lastContactOn": "2026-11-20", "atTheMeeting": true}],
                            "profile": {"education": "Mechanical engineering, TU Munich, 1998",
                                        "previousPosition": null, "companyOrSelf": null, "personalConcerns": null,
                                        "tiesWithOurStaff": null, "ethicalConsiderations": null,
                                        "negotiatingStyle": "Prepared, asks for written figures",
                                        "feltObligations": null, "companyProblems": null, "competitorOffer": null},
                            "profileCompletenessPercent": 20,
                            "openQuestions": ["previous-position", "company-or-self"]}],
             "warnings": [{"code": "ONLY_BUTLER_AT_TABLE", "stakeholderId": null,
                           "text": "Only gatekeepers are expected; nobody at the table decides or cares about the result. Respect them, and ask for the people who do."}]}""";

    public static final String DECISION_BRIEF = """
            {"decisionId": "5d4c3b2a-1f0e-4d9c-8b7a-6f5e4d3c2b1a", "decisionName": "Crane fleet tender 2027",
             "accountId": "6f1c2d3e-4b5a-4c6d-8e7f-901a2b3c4d5e", "accountName": "Hafenkran Werke",
             "preparedAt": "2026-11-27T10:15:30Z",""" + BRIEF_ACCOUNT_HISTORY + """

             "missing": [], "profilesIncluded": false,
             "profilesNote": "Negotiation profiles are shown to the members of the account team who negotiate only; they are left out of this brief.",
             "people": [{"stakeholderId": "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d", "name": "Jana Novak",
                         "position": "Head of Purchasing", "department": "Procurement", "erased": false,
                         "primaryContact": true, "role": "SPECIFIER", "accountRole": "BUTLER", "interest": 4,
                         "involvement": 2,
                         "guidance": {"role": "SPECIFIER", "interest": "HIGH", "involvement": "LOW",
                                      "purpose": "Defines the requirements early, often as the expert, then withdraws; remains a valuable source of information.",
                                      "rules": [{"code": "specifier-keep-informed",
                                                 "text": "Keep him up to date even after the requirements are set."}]},
                         "lastInformed": {"at": "2026-08-20T14:00:00Z",
                                          "interactionId": "0b6b2a4c-1d2e-4f3a-9b8c-7d6e5f4a3b2c", "kind": "EMAIL"},
                         "lastMet": null,
                         "relationships": [{"holderId": "00000000-0000-4000-8000-000000000001", "type": "BUSINESS",
                                            "quality": "GOOD", "reason": "Solved their spare-parts backlog together",
                                            "lastContactOn": "2026-11-20", "atTheMeeting": null}],
                         "profile": null, "profileCompletenessPercent": null, "openQuestions": null}],
             "nextActions": [{"code": "IDENTIFY_A_LEADER", "stakeholderId": null, "stakeholderName": null,
                              "role": null,
                              "action": "Find out whose own performance the purchase affects: that person leads the decision."},
                             {"code": "SPECIFIER_NOT_INFORMED",
                              "stakeholderId": "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d", "stakeholderName": "Jana Novak",
                              "role": "SPECIFIER",
                              "action": "This specifier was last informed on 2026-08-20, more than 60 days ago; update him and ask for his advice."}]}""";

    public static final String DECISION_BRIEF_MARKDOWN = """
            # Negotiation brief: Crane fleet tender 2027

            - **Account:** Hafenkran Werke
            - **Prepared:** 2026-11-27T10:15:30Z

            ## Next actions for this decision

            - **IDENTIFY\\_A\\_LEADER**: Find out whose own performance the purchase affects: that person leads the decision\\.

            ## The account

            - **Status:** KEY

            ## The buying centre of this decision

            ### Jana Novak, Head of Purchasing

            - **Role:** SPECIFIER (interest 4, involvement 2); account-wide BUTLER, our primary contact
            """;

    public static final String BRIEF_MARKDOWN = """
            # Negotiation brief: Hafenkran Werke

            - **Meeting:** 2026-12-03
            - **Purpose:** Renewal of the crane service framework contract

            > **Missing from this brief**
            >
            > account history unavailable: account\\-service did not answer in time

            ## At the table

            ### Jana Novak, Head of Purchasing

            - **Role:** BUTLER (interest 2, involvement 2), our primary contact
            - **Department:** Procurement
            - **Last informed:** 2026-11-25T14:00:00Z (CALL); **last met:** no logged interaction
            """;

    private ApiExamples() {
    }
}
