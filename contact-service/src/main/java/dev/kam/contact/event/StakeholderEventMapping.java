package dev.kam.contact.event;

import dev.kam.contact.domain.StakeholderId;
import dev.kam.contact.domain.coverage.CoverageFigures;
import dev.kam.contact.domain.relationship.RelationshipQuality;
import dev.kam.contact.domain.relationship.RelationshipType;
import dev.kam.contact.domain.role.BuyingCentreRole;
import dev.kam.events.stakeholder.CoverageChanged;
import dev.kam.events.stakeholder.RelationshipChanged;
import dev.kam.events.stakeholder.StakeholderAdded;
import dev.kam.events.stakeholder.StakeholderChanged;
import dev.kam.events.stakeholder.StakeholderErased;
import dev.kam.events.stakeholder.StakeholderLeftClient;
import dev.kam.events.stakeholder.StakeholderRoleChanged;
import dev.kam.kernel.AccountId;
import dev.kam.kernel.UserId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Buying-centre changes as the public events of {@code kam.stakeholders.v1}. Only ids, names and
 * roles travel; positions, channels, reasons and profiles never do (DESIGN.md section 6).
 */
public final class StakeholderEventMapping {

    /** What happened to a relationship, as the {@code change} of {@link RelationshipChanged}. */
    public enum RelationshipChange {
        ADDED,
        UPDATED,
        REMOVED
    }

    private StakeholderEventMapping() {
    }

    public static StakeholderAdded added(AccountId account, StakeholderId stakeholder, String name,
            BuyingCentreRole role, boolean primaryContact, Instant at) {
        return new StakeholderAdded(account.toString(), stakeholder.toString(), name, role.name(), primaryContact,
                at);
    }

    public static StakeholderRoleChanged roleChanged(AccountId account, StakeholderId stakeholder,
            Optional<UUID> decision, Optional<BuyingCentreRole> previous, BuyingCentreRole role, boolean overridden,
            UserId assessedBy, Instant at) {
        return new StakeholderRoleChanged(account.toString(), stakeholder.toString(),
                decision.map(UUID::toString).orElse(null), previous.map(Enum::name).orElse(null), role.name(),
                overridden, assessedBy.value(), at);
    }

    public static StakeholderLeftClient leftClient(AccountId account, StakeholderId stakeholder,
            BuyingCentreRole role, LocalDate leftOn) {
        return new StakeholderLeftClient(account.toString(), stakeholder.toString(), role.name(), leftOn);
    }

    public static RelationshipChanged relationshipChanged(AccountId account, StakeholderId stakeholder,
            UserId holder, RelationshipChange change, RelationshipType type, RelationshipQuality quality, Instant at) {
        return new RelationshipChanged(account.toString(), stakeholder.toString(), holder.value(), change.name(),
                type.name(), quality.name(), at);
    }

    public static CoverageChanged coverageChanged(AccountId account, CoverageFigures figures, Instant at) {
        return new CoverageChanged(account.toString(), figures.stakeholderCount(), figures.leaderCovered(),
                figures.onlyButlerReachable(), figures.relationshipHolders(), at);
    }

    public static StakeholderChanged changed(AccountId account, StakeholderId stakeholder, List<String> changedFields,
            String name, boolean primaryContact, Instant at) {
        return new StakeholderChanged(account.toString(), stakeholder.toString(), List.copyOf(changedFields), name,
                primaryContact, at);
    }

    public static StakeholderErased erased(AccountId account, StakeholderId stakeholder, Instant at) {
        return new StakeholderErased(account.toString(), stakeholder.toString(), at);
    }
}
