package dev.kam.contact.rest;

import dev.kam.plumbing.openapi.SharedResponses;
import org.eclipse.microprofile.openapi.models.OpenAPI;

/**
 * The answers many of this service's operations give alike, declared once as response components
 * (mp.openapi.model.reader): the plumbing's ({@link SharedResponses}) and the account-access ones of
 * the buying centre. An operation names one with
 * {@code @APIResponse(responseCode = "403", ref = ContactResponses.COVERAGE_ONLY)}.
 */
public class ContactResponses extends SharedResponses {

    public static final String READ_ONLY = "PeopleReadOnly";
    public static final String COVERAGE_ONLY = "CoverageOnly";
    public static final String NOT_NEGOTIATING = "NotNegotiating";

    @Override
    public OpenAPI buildModel() {
        OpenAPI model = super.buildModel();
        withResponse(model, READ_ONLY, "The caller may read the account's people but not change them");
        withResponse(model, COVERAGE_ONLY, "The caller may read the account's coverage only");
        withResponse(model, NOT_NEGOTIATING, "Not a negotiating member of the account team");
        return model;
    }
}
