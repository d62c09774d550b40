package dev.kam.incentive.rest;

import dev.kam.plumbing.openapi.SharedResponses;
import org.eclipse.microprofile.openapi.models.OpenAPI;

/**
 * The answers many of this service's operations give alike, declared once as response components
 * (mp.openapi.model.reader): the plumbing's ({@link SharedResponses}) and compensation-admin's
 * refusal. An operation names one with
 * {@code @APIResponse(responseCode = "403", ref = IncentiveResponses.NOT_COMPENSATION_ADMIN)}.
 */
public class IncentiveResponses extends SharedResponses {

    public static final String NOT_COMPENSATION_ADMIN = "NotCompensationAdmin";

    @Override
    public OpenAPI buildModel() {
        OpenAPI model = super.buildModel();
        withResponse(model, NOT_COMPENSATION_ADMIN, "Not a compensation-admin");
        return model;
    }
}
