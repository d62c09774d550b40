package dev.kam.contact.domain.matrix;

import dev.kam.contact.domain.StakeholderId;
import dev.kam.contact.domain.role.BuyingCentreRole;

/**
 * Where a person sits on the matrix, in the unit square: {@code x} is involvement (0 low, 1 high),
 * {@code y} interest (0 low, 1 high); {@code quadrant} is the role his scores place him in (an
 * overridden role may differ). The quadrant boundaries are the lines x = 0.5 and y = 0.5.
 */
public record PlacedPerson(StakeholderId stakeholder, double x, double y, BuyingCentreRole quadrant) {

    public PlacedPerson {
        if (stakeholder == null || quadrant == null) {
            throw new IllegalArgumentException("Stakeholder and quadrant are required");
        }
        if (x <= 0 || x >= 1 || y <= 0 || y >= 1) {
            throw new IllegalArgumentException("A place lies strictly inside the unit square");
        }
    }
}
