package dev.kam.plumbing.openapi;

import dev.kam.plumbing.directory.DirectoryProblemMappers;
import dev.kam.plumbing.directory.PeopleDirectoryUnavailableException;
import dev.kam.plumbing.problem.ProblemDetail;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASModelReader;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * The answers the plumbing gives the same way in every operation, declared once as response
 * components of a service's OpenAPI document; an operation names one with
 * {@code @APIResponse(responseCode = "401", ref = SharedResponses.UNAUTHORIZED)}. A service opts in with
 * {@code mp.openapi.model.reader=dev.kam.plumbing.openapi.SharedResponses} (or a subclass that adds
 * its own, see {@link #withResponse}); the gateway keeps components when it merges the documents.
 */
public class SharedResponses implements OASModelReader {

    public static final String INVALID_INPUT = "InvalidInput";
    public static final String UNAUTHORIZED = "Unauthorized";
    public static final String STALE_VERSION = "StaleVersion";
    public static final String IF_MATCH_MISSING = "IfMatchMissing";
    public static final String DIRECTORY_UNAVAILABLE = "DirectoryUnavailable";

    @Override
    public OpenAPI buildModel() {
        OpenAPI model = OASFactory.createOpenAPI().components(OASFactory.createComponents());
        withResponse(model, INVALID_INPUT, "Invalid input (field violations)");
        withResponse(model, UNAUTHORIZED, "No valid bearer token");
        withResponse(model, STALE_VERSION, "It changed since it was read (the `If-Match` is stale); read it again");
        withResponse(model, IF_MATCH_MISSING, "If-Match is missing");
        model.getComponents().addResponse(DIRECTORY_UNAVAILABLE, directoryUnavailable());
        return model;
    }

    /** Adds a response component that only describes the answer. */
    protected static void withResponse(OpenAPI model, String name, String description) {
        model.getComponents().addResponse(name, OASFactory.createAPIResponse().description(description));
    }

    private static APIResponse directoryUnavailable() {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", DirectoryProblemMappers.DIRECTORY_UNAVAILABLE_TYPE);
        problem.put("title", "People directory unavailable");
        problem.put("status", 503);
        problem.put("detail", PeopleDirectoryUnavailableException.MESSAGE);
        problem.put("violations", List.of());
        return OASFactory.createAPIResponse()
                .description("The people directory cannot be asked; retry later")
                .content(OASFactory.createContent().addMediaType(ProblemDetail.MEDIA_TYPE,
                        OASFactory.createMediaType().addExample("directory-unavailable",
                                OASFactory.createExample().value(problem))));
    }
}
