package dev.kam.contact.domain.brief;

import dev.kam.contact.domain.StakeholderId;
import dev.kam.contact.domain.profile.PersonalProfile;
import dev.kam.contact.domain.relationship.Relationship;
import dev.kam.contact.domain.role.BuyingCentreRole;
import java.util.List;
import java.util.Objects;

/** A client person expected at the negotiation: his role, what we know of him, and who of ours knows him. */
public record PersonAtTable(StakeholderId stakeholder, BuyingCentreRole role, PersonalProfile profile,
        List<Relationship> relationships) {

    public PersonAtTable {
        if (stakeholder == null || role == null || profile == null) {
            throw new IllegalArgumentException("Stakeholder, role and profile are required");
        }
        if (relationships == null || relationships.stream().anyMatch(Objects::isNull)) {
            throw new IllegalArgumentException("Relationships are required");
        }
        if (!profile.stakeholder().equals(stakeholder)) {
            throw new IllegalArgumentException("The profile must belong to the person at the table");
        }
        if (relationships.stream().anyMatch(r -> !r.stakeholder().equals(stakeholder))) {
            throw new IllegalArgumentException("Only relationships with the person at the table belong here");
        }
        relationships = List.copyOf(relationships);
    }

    public boolean knownToUs() {
        return !relationships.isEmpty();
    }
}
