package dev.kam.account.domain.team;

import dev.kam.kernel.DomainRuleViolation;
import dev.kam.kernel.UserId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The team that works a key client, so the client deals with one team rather than one person.
 * Invariants: exactly one dossier owner; the owner is a member with role KAM; nobody is on the team
 * twice. Every change returns a new team. Ownership only moves through {@link #transferOwnership},
 * and the owner cannot leave the team without handing it over first, so a dossier is never
 * ownerless when someone leaves.
 */
public record AccountTeam(UserId owner, List<TeamMember> members) {

    public AccountTeam {
        if (owner == null) {
            throw new IllegalArgumentException("The team needs an owner");
        }
        if (members == null) {
            throw new IllegalArgumentException("Members are required");
        }
        if (members.stream().anyMatch(Objects::isNull)) {
            throw new IllegalArgumentException("A team member cannot be missing");
        }
        members = List.copyOf(members);
        Set<UserId> seen = new HashSet<>();
        for (TeamMember member : members) {
            if (!seen.add(member.userId())) {
                throw new IllegalArgumentException("A person can be on the team only once");
            }
        }
        UserId theOwner = owner;
        TeamMember ownerEntry = members.stream().filter(m -> m.userId().equals(theOwner)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("The owner must be a member of the team"));
        if (ownerEntry.role() != TeamRole.KAM) {
            throw new IllegalArgumentException("The owner's team role must be KAM");
        }
    }

    /** A new team: the owner alone, as KAM. */
    public static AccountTeam formedBy(UserId owner, ZoneOfResponsibility zone) {
        return new AccountTeam(owner, List.of(new TeamMember(owner, TeamRole.KAM, zone)));
    }

    public boolean isOwner(UserId userId) {
        return owner.equals(userId);
    }

    public boolean isMember(UserId userId) {
        return member(userId).isPresent();
    }

    public Optional<TeamMember> member(UserId userId) {
        return members.stream().filter(m -> m.userId().equals(userId)).findFirst();
    }

    public Optional<TeamRole> roleOf(UserId userId) {
        return member(userId).map(TeamMember::role);
    }

    public AccountTeam withMember(TeamMember newcomer) {
        if (newcomer == null) {
            throw new IllegalArgumentException("Team member is required");
        }
        if (isMember(newcomer.userId())) {
            throw new DomainRuleViolation("team-member-duplicate", "This person is already on the team");
        }
        return new AccountTeam(owner, appended(newcomer));
    }

    public AccountTeam withoutMember(UserId leaving) {
        requireMember(leaving);
        if (isOwner(leaving)) {
            throw new DomainRuleViolation("team-owner-removal",
                    "The dossier owner cannot leave the team; transfer ownership first");
        }
        return new AccountTeam(owner, members.stream().filter(m -> !m.userId().equals(leaving)).toList());
    }

    /** Changes a member's role or zone; the owner stays KAM. */
    public AccountTeam withMemberChanged(TeamMember changed) {
        if (changed == null) {
            throw new IllegalArgumentException("Team member is required");
        }
        requireMember(changed.userId());
        if (isOwner(changed.userId()) && changed.role() != TeamRole.KAM) {
            throw new DomainRuleViolation("team-owner-role",
                    "The dossier owner's role stays KAM; transfer ownership first");
        }
        return new AccountTeam(owner, replaced(changed));
    }

    /**
     * Hands the dossier to a current member, who becomes KAM if not already. The previous owner stays
     * on the team as KAM (for the handover); removing them is a separate, explicit act.
     */
    public OwnershipTransfer transferOwnership(UserId newOwner) {
        requireMember(newOwner);
        return handOver(member(newOwner).orElseThrow().withRole(TeamRole.KAM));
    }

    /**
     * Hands the dossier to someone who may not be on the team yet: they join (or, if already on it,
     * their zone is replaced) as KAM with the given zone.
     */
    public OwnershipTransfer transferOwnership(UserId newOwner, ZoneOfResponsibility zone) {
        if (newOwner == null) {
            throw new IllegalArgumentException("New owner is required");
        }
        return handOver(new TeamMember(newOwner, TeamRole.KAM, zone));
    }

    private OwnershipTransfer handOver(TeamMember incoming) {
        if (isOwner(incoming.userId())) {
            throw new DomainRuleViolation("team-owner-unchanged", "This person already owns the dossier");
        }
        List<TeamMember> updated = isMember(incoming.userId()) ? replaced(incoming) : appended(incoming);
        return new OwnershipTransfer(new AccountTeam(incoming.userId(), updated),
                new OwnershipTransferred(owner, incoming.userId()));
    }

    private List<TeamMember> replaced(TeamMember changed) {
        return members.stream().map(m -> m.userId().equals(changed.userId()) ? changed : m).toList();
    }

    private List<TeamMember> appended(TeamMember newcomer) {
        List<TeamMember> updated = new ArrayList<>(members);
        updated.add(newcomer);
        return updated;
    }

    private void requireMember(UserId userId) {
        if (userId == null) {
            throw new IllegalArgumentException("User id is required");
        }
        if (!isMember(userId)) {
            throw new DomainRuleViolation("team-member-unknown", "This person is not on the team");
        }
    }
}
