package dev.kam.contact.domain.relationship;

import dev.kam.kernel.AccountId;
import dev.kam.kernel.DomainRuleViolation;
import dev.kam.contact.domain.StakeholderId;
import dev.kam.kernel.UserId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who on our side knows whom at one client. Invariant: at most one relationship per pair of our
 * person and client person, so a changed judgement replaces the old one. Every change returns a new
 * map.
 */
public record RelationshipMap(AccountId account, List<Relationship> relationships) {

    public RelationshipMap {
        if (account == null) {
            throw new IllegalArgumentException("Account id is required");
        }
        if (relationships == null || relationships.stream().anyMatch(Objects::isNull)) {
            throw new IllegalArgumentException("Relationships are required and cannot contain gaps");
        }
        relationships = List.copyOf(relationships);
        long pairs = relationships.stream().map(r -> List.of(r.holder(), r.stakeholder())).distinct().count();
        if (pairs != relationships.size()) {
            throw new IllegalArgumentException("A pair of people can have only one relationship");
        }
    }

    public static RelationshipMap empty(AccountId account) {
        return new RelationshipMap(account, List.of());
    }

    /** Adds the relationship, or replaces the one the same two people already have. */
    public RelationshipMap with(Relationship relationship) {
        if (relationship == null) {
            throw new IllegalArgumentException("Relationship is required");
        }
        List<Relationship> updated = new ArrayList<>(relationships);
        updated.removeIf(r -> r.connects(relationship.holder(), relationship.stakeholder()));
        updated.add(relationship);
        return new RelationshipMap(account, updated);
    }

    public RelationshipMap without(UserId holder, StakeholderId stakeholder) {
        if (relationships.stream().noneMatch(r -> r.connects(holder, stakeholder))) {
            throw new DomainRuleViolation("relationship-unknown", "These two people have no recorded relationship");
        }
        return new RelationshipMap(account,
                relationships.stream().filter(r -> !r.connects(holder, stakeholder)).toList());
    }

    /** Drops every relationship with the person, e.g. when his data is erased. */
    public RelationshipMap withoutStakeholder(StakeholderId stakeholder) {
        return new RelationshipMap(account,
                relationships.stream().filter(r -> !r.stakeholder().equals(stakeholder)).toList());
    }

    /** Drops every relationship our person holds, e.g. when he leaves the team. */
    public RelationshipMap withoutHolder(UserId holder) {
        return new RelationshipMap(account,
                relationships.stream().filter(r -> !r.holder().equals(holder)).toList());
    }

    public List<Relationship> of(StakeholderId stakeholder) {
        return relationships.stream().filter(r -> r.stakeholder().equals(stakeholder)).toList();
    }

    public Set<UserId> holdersOf(StakeholderId stakeholder) {
        return of(stakeholder).stream().map(Relationship::holder).collect(Collectors.toUnmodifiableSet());
    }
}
