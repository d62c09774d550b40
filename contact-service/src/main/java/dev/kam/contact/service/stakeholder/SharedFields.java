package dev.kam.contact.service.stakeholder;

import dev.kam.contact.repository.StakeholderEntity;
import java.util.ArrayList;
import java.util.List;

/**
 * The fields of a person that other services keep and show: his name and whether he is the account's
 * primary contact. A change to either is announced as {@code dev.kam.stakeholder.changed.v1}.
 */
record SharedFields(String name, boolean primaryContact) {

    static SharedFields of(StakeholderEntity person) {
        return new SharedFields(person.name, person.primaryContact);
    }

    /** The contract's names of the fields that differ in {@code after}; empty when nothing shared changed. */
    List<String> changedIn(SharedFields after) {
        List<String> changed = new ArrayList<>();
        if (!name.equals(after.name)) {
            changed.add("name");
        }
        if (primaryContact != after.primaryContact) {
            changed.add("primaryContact");
        }
        return changed;
    }
}
