package dev.kam.events;

import dev.kam.events.account.AccountProfileChanged;
import dev.kam.events.account.AccountRegistered;
import dev.kam.events.account.AccountStatusChanged;
import dev.kam.events.account.AccountTeamChanged;
import dev.kam.events.account.InteractionLogged;
import dev.kam.events.health.CoolingDetected;
import dev.kam.events.health.HealthCause;
import dev.kam.events.health.HealthChanged;
import dev.kam.events.incentive.StatementAdjusted;
import dev.kam.events.incentive.StatementApproved;
import dev.kam.events.incentive.StatementPaid;
import dev.kam.events.incentive.BonusAwarded;
import dev.kam.events.incentive.OverloadDetected;
import dev.kam.events.purchase.PurchaseVolumeRecorded;
import dev.kam.events.stakeholder.CoverageChanged;
import dev.kam.events.stakeholder.RelationshipChanged;
import dev.kam.events.stakeholder.StakeholderAdded;
import dev.kam.events.stakeholder.StakeholderChanged;
import dev.kam.events.stakeholder.StakeholderErased;
import dev.kam.events.stakeholder.StakeholderLeftClient;
import dev.kam.events.stakeholder.StakeholderRoleChanged;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** A realistic payload of every event type, for schema tests and consumer tests. */
public final class SamplePayloads {

    public static final String ACCOUNT_ID = "6f1c2d3e-4b5a-4c6d-8e7f-901a2b3c4d5e";
    public static final String KATE = "00000000-0000-4000-8000-000000000001";
    public static final String TOM = "00000000-0000-4000-8000-000000000002";
    private static final Instant AT = Instant.parse("2026-11-27T10:15:30Z");
    private static final List<HealthCause> CAUSES = List.of(
            new HealthCause("PURCHASE_DECLINE", 20, "Purchases in 2026-Q3 are 23.5% below 2025-Q3"),
            new HealthCause("OVERDUE_CONTACT", 10, "Last contact 41 days ago; the cadence is 30 days"));

    public static final String STAKEHOLDER_ID = "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d";
    public static final String STATEMENT_ID = "2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e";
    private static final String CARL = "00000000-0000-4000-8000-000000000006";

    public static final Map<String, Object> BY_TYPE = Map.ofEntries(
            Map.entry("dev.kam.account.registered.v1", new AccountRegistered(ACCOUNT_ID, "Acme Industrial",
                    "DE123456789", "Machinery", "Strategic", "Munich", "PROSPECT", "INDEPENDENT", KATE, AT)),
            Map.entry("dev.kam.account.profile-changed.v1", new AccountProfileChanged(ACCOUNT_ID, List.of("segment"),
                    "Acme Industrial", "Machinery", "Key", "Munich", 30, 3, AT)),
            Map.entry("dev.kam.account.status-changed.v1", new AccountStatusChanged(ACCOUNT_ID, "KEY", "LOST",
                    List.of("PRICE", "TEAM_MEMBER_LEFT"), KATE, AT)),
            Map.entry("dev.kam.account.team-changed.v1", new AccountTeamChanged(ACCOUNT_ID, "MEMBER_ADDED", TOM,
                    KATE, List.of(new AccountTeamChanged.Member(KATE, "KAM"),
                            new AccountTeamChanged.Member(TOM, "TEAM_MEMBER")),
                    AT)),
            Map.entry("dev.kam.account.interaction-logged.v1", new InteractionLogged(ACCOUNT_ID,
                    "0b6b2a4c-1d2e-4f3a-9b8c-7d6e5f4a3b2c", "NEGOTIATION", AT, "NEUTRAL", List.of(KATE, TOM),
                    List.of("9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d"))),
            Map.entry("dev.kam.purchase.volume-recorded.v1", new PurchaseVolumeRecorded(ACCOUNT_ID, "2026-Q3",
                    "QUARTER", new MoneyAmount("125000.00", "EUR"), null, AT)),
            Map.entry("dev.kam.account-health.changed.v1",
                    new HealthChanged(ACCOUNT_ID, 82, 70, "WATCH", CAUSES, AT)),
            Map.entry("dev.kam.account-health.cooling-detected.v1", new CoolingDetected(ACCOUNT_ID, 82, "HEALTHY", 70,
                    "WATCH", CAUSES, AT)),
            Map.entry("dev.kam.stakeholder.coverage-changed.v1",
                    new CoverageChanged(ACCOUNT_ID, 4, false, true, 1, AT)),
            Map.entry("dev.kam.stakeholder.left-client.v1", new StakeholderLeftClient(ACCOUNT_ID,
                    "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d", "LEADER", LocalDate.parse("2026-11-20"))),
            Map.entry("dev.kam.stakeholder.added.v1", new StakeholderAdded(ACCOUNT_ID, STAKEHOLDER_ID, "Jana Novak",
                    "BUTLER", true, AT)),
            Map.entry("dev.kam.stakeholder.role-changed.v1", new StakeholderRoleChanged(ACCOUNT_ID, STAKEHOLDER_ID,
                    null, "BUTLER", "LEADER", false, KATE, AT)),
            Map.entry("dev.kam.stakeholder.relationship-changed.v1", new RelationshipChanged(ACCOUNT_ID, STAKEHOLDER_ID,
                    TOM, "ADDED", "BUSINESS", "GOOD", AT)),
            Map.entry("dev.kam.stakeholder.changed.v1", new StakeholderChanged(ACCOUNT_ID, STAKEHOLDER_ID,
                    List.of("name"), "Jana Novak-Berger", true, AT)),
            Map.entry("dev.kam.stakeholder.erased.v1", new StakeholderErased(ACCOUNT_ID, STAKEHOLDER_ID, AT)),
            Map.entry("dev.kam.incentive.statement-approved.v1", new StatementApproved(STATEMENT_ID, KATE, "2026-Q3",
                    2, CARL, AT)),
            Map.entry("dev.kam.incentive.statement-adjusted.v1", new StatementAdjusted(STATEMENT_ID, KATE, "2026-Q3",
                    1, CARL, AT)),
            Map.entry("dev.kam.incentive.statement-paid.v1", new StatementPaid(STATEMENT_ID, KATE, "2026-Q3", CARL,
                    AT)),
            Map.entry("dev.kam.incentive.bonus-awarded.v1", new BonusAwarded("1b2c3d4e-5f6a-4b7c-8d9e-0f1a2b3c4d5e",
                    "Keep the northern key accounts", "2026-H1", "2025-H1", TOM, AT)),
            Map.entry("dev.kam.incentive.overload-detected.v1", new OverloadDetected(TOM, "9.250", "8.000", "115.6%", 1,
                    List.of(ACCOUNT_ID), AT)));

    private SamplePayloads() {
    }
}
