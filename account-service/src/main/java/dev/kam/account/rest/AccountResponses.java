package dev.kam.account.rest;

import dev.kam.plumbing.openapi.SharedResponses;
import org.eclipse.microprofile.openapi.models.OpenAPI;

/**
 * The answers many of this service's operations give alike, declared once as response components
 * (mp.openapi.model.reader): the plumbing's ({@link SharedResponses}) and the account-access ones.
 * An operation names one with {@code @APIResponse(responseCode = "404", ref = AccountResponses.NO_SUCH_ACCOUNT)}.
 */
public class AccountResponses extends SharedResponses {

    public static final String NO_SUCH_ACCOUNT = "NoSuchAccount";
    public static final String SUMMARY_ONLY = "SummaryOnly";
    public static final String NOT_ON_TEAM = "NotOnTeam";

    @Override
    public OpenAPI buildModel() {
        OpenAPI model = super.buildModel();
        withResponse(model, NO_SUCH_ACCOUNT, "No such account, or not visible to the caller");
        withResponse(model, SUMMARY_ONLY, "The caller may only read the account's summary");
        withResponse(model, NOT_ON_TEAM, "The caller may read the account but is not on its team");
        return model;
    }
}
