package dev.kam.e2e;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Who may do what: the one table of the access matrix (AccessMatrixIT), one row per operation of the
 * gateway's merged OpenAPI document. Each row names the operation ("METHOD /path/template") and gives
 * one letter per column, in the order of {@link #COLUMNS}:
 * Y allowed, F 403 forbidden, H 404 hidden, U 401.
 * What is seeded: kate owns account A with tom on its team (TEAM_MEMBER) and account B without him;
 * every id a path names belongs to A, except for the column tom@other, where it belongs to B. The five
 * token columns (anonymous, tampered, alg-none, expired, wrong audience) are 401 on every operation.
 * The rules behind the letters: docs/adr/0006 (accounts), 0014 (personal profiles), 0017/0019/0021/0022
 * (pay, plans, statements, programmes, workload, competencies), docs/security.md.
 */
final class AccessTable {

    static final List<Identity> COLUMNS = List.of(Identity.KATE, Identity.TOM, Identity.SAM, Identity.DIANA,
            Identity.MAX, Identity.CARL, Identity.EVE, Identity.ADA, Identity.TOM_ELSEWHERE);

    /** Refused before any rule of a service: no valid token of the suite. */
    static final Set<Identity> WITHOUT_VALID_TOKEN = EnumSet.of(Identity.ANONYMOUS, Identity.TAMPERED,
            Identity.ALG_NONE, Identity.EXPIRED, Identity.WRONG_AUDIENCE);

    /** Who may read the negotiation profile of a stakeholder of account A: its team, not marketing (ADR 0014). */
    static final Set<Identity> MAY_SEE_THE_PROFILE = EnumSet.of(Identity.KATE, Identity.TOM);

    /** Who may see kate's pay (her plan and statement): she and the compensation admin (DESIGN.md 7). */
    static final Set<Identity> MAY_SEE_KATES_PAY = EnumSet.of(Identity.KATE, Identity.CARL);

    private static final Map<String, Map<Identity, Outcome>> ROWS = new LinkedHashMap<>();

    static {
        //                                                                                    k t s d m c e a tom@other
        // ---- /api/accounts
        row("GET /api/accounts",                                                             "Y Y Y Y Y Y Y Y Y");
        row("POST /api/accounts",                                                            "Y F F F F F F Y F");
        row("GET /api/accounts/loss-reviews",                                                "Y Y Y Y Y Y Y Y Y");
        row("GET /api/accounts/me",                                                          "Y Y Y Y Y Y Y Y Y");
        row("GET /api/accounts/overdue-contacts",                                            "Y Y Y Y Y Y Y Y Y");
        row("GET /api/accounts/plan-actions/overdue",                                        "Y Y Y Y Y Y Y Y Y");
        row("GET /api/accounts/portfolio/cooling",                                           "Y F F Y F F F Y F");
        row("GET /api/accounts/problems/open-important",                                     "Y Y Y Y Y Y Y Y Y");
        row("POST /api/accounts/purchase-volumes/imports",                                   "R R R R R R R R R");
        row("GET /api/accounts/{accountId}/concessions",                                     "Y Y H Y F H H Y H");
        row("POST /api/accounts/{accountId}/concessions",                                    "Y Y H F F H H Y H");
        row("GET /api/accounts/{accountId}/concessions/balance",                             "Y Y H Y F H H Y H");
        row("GET /api/accounts/{accountId}/concessions/{concessionId}",                      "Y Y H Y F H H Y H");
        row("GET /api/accounts/{accountId}/contact-status",                                  "Y Y H Y F H H Y H");
        row("GET /api/accounts/{accountId}/health",                                          "Y Y H Y Y H H Y H");
        row("POST /api/accounts/{accountId}/health/assessments",                             "Y Y H F F H H Y H");
        row("GET /api/accounts/{accountId}/health/history",                                  "Y Y H Y F H H Y H");
        row("GET /api/accounts/{accountId}/interactions",                                    "Y Y H Y F H H Y H");
        row("POST /api/accounts/{accountId}/interactions",                                   "Y Y H F F H H Y H");
        row("GET /api/accounts/{accountId}/interactions/{interactionId}",                    "Y Y H Y F H H Y H");
        row("GET /api/accounts/{accountId}/plan",                                            "Y Y H Y F H H Y H");
        row("GET /api/accounts/{accountId}/plan/actions/{actionId}",                         "Y Y H Y F H H Y H");
        row("PATCH /api/accounts/{accountId}/plan/actions/{actionId}",                       "Y F H F F H H Y H");
        row("POST /api/accounts/{accountId}/plan/objectives",                                "Y F H F F H H Y H");
        row("GET /api/accounts/{accountId}/plan/objectives/{objectiveId}",                   "Y Y H Y F H H Y H");
        row("POST /api/accounts/{accountId}/plan/objectives/{objectiveId}/actions",          "Y F H F F H H Y H");
        row("GET /api/accounts/{accountId}/problems",                                        "Y Y H Y F H H Y H");
        row("POST /api/accounts/{accountId}/problems",                                       "Y Y H F F H H Y H");
        row("GET /api/accounts/{accountId}/problems/{problemId}",                            "Y Y H Y F H H Y H");
        row("PUT /api/accounts/{accountId}/problems/{problemId}",                            "Y Y H F F H H Y H");
        row("PATCH /api/accounts/{accountId}/problems/{problemId}",                          "Y Y H F F H H Y H");
        row("GET /api/accounts/{accountId}/purchase-volumes",                                "Y Y H Y Y H H Y H");
        row("GET /api/accounts/{accountId}/purchase-volumes/{period}",                       "Y Y H Y Y H H Y H");
        row("PUT /api/accounts/{accountId}/purchase-volumes/{period}",                       "Y F H F F H H Y H");
        row("GET /api/accounts/{accountId}/purchase-volumes/{period}/comparison",            "Y Y H Y Y H H Y H");
        row("GET /api/accounts/{accountId}/value-cases",                                     "Y Y H Y F H H Y H");
        row("POST /api/accounts/{accountId}/value-cases",                                    "Y Y H F F H H Y H");
        row("GET /api/accounts/{accountId}/value-cases/{caseId}",                            "Y Y H Y F H H Y H");
        row("PUT /api/accounts/{accountId}/value-cases/{caseId}",                            "Y Y H F F H H Y H");
        row("GET /api/accounts/{id}",                                                        "Y Y H Y F H H Y H");
        row("PUT /api/accounts/{id}",                                                        "Y F H F F H H Y H");
        row("GET /api/accounts/{id}/audit",                                                  "Y Y H Y F H H Y H");
        row("POST /api/accounts/{id}/ownership-transfers",                                   "Y F H F F H H Y H");
        row("POST /api/accounts/{id}/status-changes",                                        "Y F H F F H H Y H");
        row("GET /api/accounts/{id}/summary",                                                "Y Y H Y Y H H Y H");
        row("GET /api/accounts/{id}/team",                                                   "Y Y H Y F H H Y H");
        row("POST /api/accounts/{id}/team/members",                                          "Y F H F F H H Y H");
        row("GET /api/accounts/{id}/team/members/{userId}",                                  "Y Y H Y F H H Y H");
        row("PUT /api/accounts/{id}/team/members/{userId}",                                  "Y F H F F H H Y H");
        row("DELETE /api/accounts/{id}/team/members/{userId}",                               "Y F H F F H H Y H");
        // ---- /api/me (account-service: who am I, and the accounts I serve)
        row("GET /api/me",                                                                   "Y Y Y Y Y Y Y Y Y");
        // ---- /api/incentives
        row("GET /api/incentives/bonus-programs",                                            "F F F F F Y F F F");
        row("POST /api/incentives/bonus-programs",                                           "F F F F F Y F F F");
        row("GET /api/incentives/bonus-programs/awards",                                     "Y Y Y Y Y Y Y Y Y");
        row("GET /api/incentives/bonus-programs/{id}",                                       "F F F F F Y F F F");
        row("PUT /api/incentives/bonus-programs/{id}",                                       "F F F F F Y F F F");
        row("GET /api/incentives/bonus-programs/{id}/audit",                                 "F F F F F Y F F F");
        row("GET /api/incentives/bonus-programs/{id}/evaluation",                            "F F F F F Y F F F");
        row("POST /api/incentives/bonus-programs/{id}/evaluation",                           "F F F F F Y F F F");
        row("GET /api/incentives/bonus-programs/{id}/preview",                               "F F F F F Y F F F");
        row("POST /api/incentives/employees",                                                "F F F F F Y F F F");
        row("GET /api/incentives/employees/{userId}",                                        "F Y F F F Y F F Y");
        row("PUT /api/incentives/employees/{userId}",                                        "F F F F F Y F F F");
        row("GET /api/incentives/employees/{userId}/audit",                                  "F F F F F Y F F F");
        row("GET /api/incentives/employees/{userId}/competencies",                           "F Y F F F Y F Y Y");
        row("POST /api/incentives/employees/{userId}/competencies/assessments",              "F F F F F Y F Y F");
        row("GET /api/incentives/employees/{userId}/competencies/audit",                     "F F F F F Y F Y F");
        row("POST /api/incentives/employees/{userId}/competencies/career-steps",             "F F F F F Y F Y F");
        row("GET /api/incentives/employees/{userId}/competencies/development-plan",          "F Y F F F Y F Y Y");
        row("PUT /api/incentives/employees/{userId}/competencies/development-plan",          "F F F F F Y F Y F");
        row("POST /api/incentives/employees/{userId}/competencies/training",                 "F F F F F Y F Y F");
        row("GET /api/incentives/me",                                                        "Y Y Y Y Y Y Y Y Y");
        row("GET /api/incentives/plans",                                                     "Y Y Y Y Y Y Y Y Y");
        row("POST /api/incentives/plans",                                                    "F F F F F Y F F F");
        row("GET /api/incentives/plans/{id}",                                                "Y F F F F Y F F F");
        row("GET /api/incentives/plans/{id}/audit",                                          "F F F F F Y F F F");
        row("PUT /api/incentives/plans/{id}/draft",                                          "F F F F F Y F F F");
        row("POST /api/incentives/plans/{id}/in-force",                                      "F F F F F Y F F F");
        row("POST /api/incentives/plans/{id}/versions",                                      "F F F F F Y F F F");
        row("GET /api/incentives/statements",                                                "Y Y Y Y Y Y Y Y Y");
        row("GET /api/incentives/statements/{id}",                                           "Y F F F F Y F F F");
        row("POST /api/incentives/statements/{id}/adjustments",                              "F F F F F Y F F F");
        row("POST /api/incentives/statements/{id}/approval",                                 "F F F F F Y F F F");
        row("GET /api/incentives/statements/{id}/audit",                                     "F F F F F Y F F F");
        row("POST /api/incentives/statements/{id}/disputes",                                 "Y F F F F Y F F F");
        row("POST /api/incentives/statements/{id}/disputes/{number}/resolution",             "F F F F F Y F F F");
        row("POST /api/incentives/statements/{id}/payment",                                  "F F F F F Y F F F");
        row("GET /api/incentives/workload/alerts",                                           "F F F F F Y F Y F");
        row("GET /api/incentives/workload/assignments/{accountId}/employees/{userId}",       "Y Y F F F Y F F Y");
        row("PUT /api/incentives/workload/assignments/{accountId}/employees/{userId}",       "Y F F F F Y F F F");
        row("GET /api/incentives/workload/assignments/{accountId}/employees/{userId}/audit", "F F F F F Y F F F");
        row("GET /api/incentives/workload/employees/{userId}",                               "F Y F F F Y F Y Y");
        row("GET /api/incentives/workload/employees/{userId}/recommendation",                "F Y F F F Y F Y Y");
        row("GET /api/incentives/workload/norms",                                            "Y Y Y Y Y Y Y Y Y");
        // ---- /api/stakeholders
        row("GET /api/stakeholders",                                                         "Y Y H Y F H H Y H");
        row("POST /api/stakeholders",                                                        "Y Y H F F H H F H");
        row("POST /api/stakeholders/accounts/{accountId}/briefs",                            "Y Y H Y F H H Y H");
        row("GET /api/stakeholders/accounts/{accountId}/coverage",                           "Y Y H Y Y H H Y H");
        row("GET /api/stakeholders/accounts/{accountId}/matrix",                             "Y Y H Y F H H Y H");
        row("GET /api/stakeholders/accounts/{accountId}/next-actions",                       "Y Y H Y F H H Y H");
        row("GET /api/stakeholders/decisions",                                               "Y Y H Y F H H Y H");
        row("POST /api/stakeholders/decisions",                                              "Y Y H F F H H F H");
        row("GET /api/stakeholders/decisions/{decisionId}",                                  "Y Y H Y H H H Y H");
        row("GET /api/stakeholders/decisions/{decisionId}/brief",                            "Y Y H Y H H H Y H");
        row("GET /api/stakeholders/guidance/{role}",                                         "Y Y Y Y Y Y Y Y Y");
        row("GET /api/stakeholders/me",                                                      "Y Y Y Y Y Y Y Y Y");
        row("GET /api/stakeholders/{id}",                                                    "Y Y H Y H H H Y H");
        row("PUT /api/stakeholders/{id}",                                                    "Y Y H F H H H F H");
        row("GET /api/stakeholders/{id}/assessments",                                        "Y Y H Y H H H Y H");
        row("POST /api/stakeholders/{id}/assessments",                                       "Y Y H F H H H F H");
        row("POST /api/stakeholders/{id}/departure",                                         "Y Y H F H H H F H");
        row("GET /api/stakeholders/{id}/personal-data",                                      "Y Y H F H H H F H");
        row("DELETE /api/stakeholders/{id}/personal-data",                                   "Y Y H F H H H Y H");
        row("GET /api/stakeholders/{id}/profile",                                            "Y Y H F H H H F H");
        row("PUT /api/stakeholders/{id}/profile",                                            "Y Y H F H H H F H");
        row("GET /api/stakeholders/{id}/profile/audit",                                      "Y Y H F H H H F H");
        row("GET /api/stakeholders/{id}/relationships",                                      "Y Y H Y H H H Y H");
        row("POST /api/stakeholders/{id}/relationships",                                     "Y Y H F H H H F H");
        row("GET /api/stakeholders/{id}/relationships/{relationshipId}",                     "Y Y H Y H H H Y H");
        row("PUT /api/stakeholders/{id}/relationships/{relationshipId}",                     "Y Y H F H H H F H");
        row("DELETE /api/stakeholders/{id}/relationships/{relationshipId}",                  "Y Y H F H H H F H");
    }

    private AccessTable() {
    }

    /** The declared outcome of every column for the operation, or empty when it has no row. */
    static Optional<Map<Identity, Outcome>> row(String operation) {
        Map<Identity, Outcome> declared = ROWS.get(operation);
        if (declared == null) {
            return Optional.empty();
        }
        Map<Identity, Outcome> all = new EnumMap<>(declared);
        WITHOUT_VALID_TOKEN.forEach(identity -> all.put(identity, Outcome.UNAUTHENTICATED));
        return Optional.of(all);
    }

    static Set<String> operations() {
        return ROWS.keySet();
    }

    private static void row(String operation, String letters) {
        String[] cells = letters.trim().split("\\s+");
        if (cells.length != COLUMNS.size() || ROWS.containsKey(operation)) {
            throw new IllegalStateException("Row " + operation + ": one letter per column, once: " + letters);
        }
        Map<Identity, Outcome> row = new EnumMap<>(Identity.class);
        for (int i = 0; i < cells.length; i++) {
            row.put(COLUMNS.get(i), Outcome.of(cells[i].charAt(0)));
        }
        ROWS.put(operation, row);
    }
}
