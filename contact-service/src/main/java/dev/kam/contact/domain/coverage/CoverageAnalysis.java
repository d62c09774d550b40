package dev.kam.contact.domain.coverage;

import dev.kam.contact.domain.StakeholderId;
import dev.kam.kernel.UserId;
import dev.kam.contact.domain.relationship.Relationship;
import dev.kam.contact.domain.role.BuyingCentreRole;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How well our team covers one client's buying centre. Only people still at the client count; people
 * who left, and relationships with people not on record, are ignored. Any relationship counts as
 * coverage, whatever its quality.
 */
public final class CoverageAnalysis {

    private final int stakeholderCount;
    private final boolean leaderCovered;
    private final boolean onlyButlerReachable;
    private final Set<UserId> relationshipHolders;
    private final List<StakeholderId> uncoveredKeyPeople;
    private final List<CoverageGap> gaps;

    private CoverageAnalysis(List<StakeholderPlacement> active, List<Relationship> relevant) {
        Map<StakeholderId, BuyingCentreRole> roles = active.stream()
                .collect(Collectors.toMap(StakeholderPlacement::stakeholder, StakeholderPlacement::role));
        Set<StakeholderId> reached = relevant.stream().map(Relationship::stakeholder).collect(Collectors.toSet());
        this.stakeholderCount = active.size();
        this.leaderCovered = reached.stream().anyMatch(id -> roles.get(id) == BuyingCentreRole.LEADER);
        this.onlyButlerReachable = !reached.isEmpty()
                && reached.stream().allMatch(id -> roles.get(id) == BuyingCentreRole.BUTLER);
        this.relationshipHolders = relevant.stream().map(Relationship::holder)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        this.uncoveredKeyPeople = active.stream()
                .filter(p -> p.role().isKeyPerson() && !reached.contains(p.stakeholder()))
                .map(StakeholderPlacement::stakeholder).toList();
        this.gaps = List.copyOf(gaps(active));
    }

    public static CoverageAnalysis of(List<StakeholderPlacement> stakeholders, List<Relationship> relationships) {
        if (stakeholders == null || relationships == null || stakeholders.stream().anyMatch(Objects::isNull)
                || relationships.stream().anyMatch(Objects::isNull)) {
            throw new IllegalArgumentException("Stakeholders and relationships are required");
        }
        Set<StakeholderId> seen = new HashSet<>();
        if (!stakeholders.stream().map(StakeholderPlacement::stakeholder).allMatch(seen::add)) {
            throw new IllegalArgumentException("A stakeholder can be on record only once");
        }
        List<StakeholderPlacement> active = stakeholders.stream().filter(StakeholderPlacement::isActive).toList();
        Set<StakeholderId> activeIds = active.stream().map(StakeholderPlacement::stakeholder)
                .collect(Collectors.toSet());
        List<Relationship> relevant = relationships.stream()
                .filter(r -> activeIds.contains(r.stakeholder())).toList();
        return new CoverageAnalysis(active, relevant);
    }

    /** Active client people on record. */
    public int stakeholderCount() {
        return stakeholderCount;
    }

    public boolean leaderCovered() {
        return leaderCovered;
    }

    /** True when we reach somebody and everybody we reach is a BUTLER. */
    public boolean onlyButlerReachable() {
        return onlyButlerReachable;
    }

    /** Our people who hold at least one relationship with someone still at the client. */
    public Set<UserId> relationshipHolders() {
        return Set.copyOf(relationshipHolders);
    }

    public boolean singleThreaded() {
        return relationshipHolders.size() == 1;
    }

    /** LEADERs and SPECIFIERs nobody of ours has a relationship with, in the order given. */
    public List<StakeholderId> uncoveredKeyPeople() {
        return uncoveredKeyPeople;
    }

    public List<CoverageGap> gaps() {
        return gaps;
    }

    public boolean hasGap(CoverageGapCode code) {
        return gaps.stream().anyMatch(g -> g.code() == code);
    }

    /** The figures of the coverage-changed event. */
    public CoverageFigures figures() {
        return new CoverageFigures(stakeholderCount, leaderCovered, onlyButlerReachable, relationshipHolders.size());
    }

    private List<CoverageGap> gaps(List<StakeholderPlacement> active) {
        List<CoverageGap> found = new ArrayList<>();
        if (active.isEmpty()) {
            // without anyone at the client the other gaps say nothing useful
            found.add(CoverageGap.of(CoverageGapCode.NO_STAKEHOLDERS,
                    "Nobody currently working at the client is on record; map the buying centre first."));
            return found;
        }
        if (!leaderCovered) {
            boolean leaderKnown = active.stream().anyMatch(p -> p.role() == BuyingCentreRole.LEADER);
            found.add(CoverageGap.of(CoverageGapCode.NO_LEADER_RELATIONSHIP, leaderKnown
                    ? "None of our people has a relationship with a leader of this buying centre."
                    : "No leader of this buying centre has been identified, so nobody of ours knows one."));
        }
        if (onlyButlerReachable) {
            found.add(CoverageGap.of(CoverageGapCode.ONLY_BUTLER_REACHABLE,
                    "Everyone we reach is a gatekeeper; ask for other contacts, possibly via other team members."));
        }
        if (singleThreaded()) {
            found.add(CoverageGap.of(CoverageGapCode.SINGLE_THREADED,
                    "All relationships with this client are held by one person on our team."));
        }
        Map<StakeholderId, BuyingCentreRole> roles = active.stream()
                .collect(Collectors.toMap(StakeholderPlacement::stakeholder, StakeholderPlacement::role));
        for (StakeholderId id : uncoveredKeyPeople) {
            found.add(CoverageGap.about(id, CoverageGapCode.KEY_PERSON_UNCOVERED,
                    "Nobody on our team has a relationship with this " + roleName(roles.get(id)) + "."));
        }
        return found;
    }

    private static String roleName(BuyingCentreRole role) {
        return Objects.requireNonNull(role).name().toLowerCase(Locale.ROOT);
    }
}
