package dev.kam.contact.rest;

import dev.kam.plumbing.paging.PageLimit;
import dev.kam.plumbing.problem.ProblemDetail;
import dev.kam.plumbing.problem.ProblemException;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Query and path values read as text and parsed here, so a wrong value is a 400 naming the parameter
 * (JAX-RS answers a failed query-parameter conversion with a bare 404).
 */
public final class QueryValues {

    private QueryValues() {
    }

    public static UUID requiredId(String name, String value) {
        if (value == null || value.isBlank()) {
            throw invalid(name, "is required");
        }
        return id(name, value);
    }

    public static UUID id(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            throw invalid(name, "must be a UUID");
        }
    }

    public static <E extends Enum<E>> E enumValue(String name, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            String allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
            throw invalid(name, "must be one of " + allowed);
        }
    }

    /** The page size: 1..{@link PageLimit#MAX}, {@link PageLimit#DEFAULT} when absent. */
    public static int limit(String value) {
        if (value == null || value.isBlank()) {
            return PageLimit.DEFAULT;
        }
        try {
            int limit = Integer.parseInt(value.strip());
            if (limit >= 1 && limit <= PageLimit.MAX) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // falls through to the same answer as an out-of-range number
        }
        throw invalid("limit", "must be a whole number between 1 and " + PageLimit.MAX);
    }

    private static ProblemException invalid(String name, String message) {
        return new ProblemException(Response.Status.BAD_REQUEST, ProblemDetail.BLANK_TYPE, "Invalid input",
                "The parameter '" + name + "' " + message, List.of(new ProblemDetail.Violation(name, message)));
    }
}
