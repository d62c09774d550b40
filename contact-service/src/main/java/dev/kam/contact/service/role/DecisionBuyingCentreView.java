package dev.kam.contact.service.role;

import java.util.List;

/** A purchase decision with everyone assessed in it. */
public record DecisionBuyingCentreView(PurchaseDecisionView decision, List<DecisionMemberView> members) {
}
