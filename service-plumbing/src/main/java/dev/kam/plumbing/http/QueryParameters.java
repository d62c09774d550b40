package dev.kam.plumbing.http;

import dev.kam.kernel.period.Period;
import dev.kam.plumbing.paging.PageLimit;
import dev.kam.plumbing.problem.ProblemDetail;
import dev.kam.plumbing.problem.ProblemException;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Query parameters read as text and parsed here, so that a wrong value is a 400 problem naming the
 * parameter (JAX-RS would answer a failed conversion of a query parameter with a bare 404). Typed
 * parameters read by {@link NamedParameterConverters} do the same for the types it knows.
 */
public final class QueryParameters {

    private QueryParameters() {
    }

    /** The enum constant named by {@code value}, or null when the parameter is absent. */
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

    /** A UUID, or null when the parameter is absent. */
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

    /** A UUID that must be given. */
    public static UUID requiredId(String name, String value) {
        if (value == null || value.isBlank()) {
            throw invalid(name, "is required");
        }
        return id(name, value);
    }

    /** A whole number, or null when the parameter is absent. */
    public static Integer integer(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw invalid(name, "must be a whole number");
        }
    }

    /** A page size, 1..{@link PageLimit#MAX}; {@link PageLimit#DEFAULT} when absent. */
    public static int pageLimit(String name, String value) {
        Integer requested = integer(name, value);
        if (requested != null && (requested < 1 || requested > PageLimit.MAX)) {
            throw invalid(name, "must be between 1 and " + PageLimit.MAX);
        }
        return PageLimit.of(requested);
    }

    /** A period written 2026, 2026-H1, 2026-Q3 or 2026-03, or null when the parameter is absent. */
    public static Period period(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Period.parse(value.strip());
        } catch (IllegalArgumentException e) {
            throw invalid(name, NamedParameterConverters.PERIOD_EXPECTATION);
        }
    }

    /** An ISO-8601 instant, or null when the parameter is absent. */
    public static Instant instant(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw invalid(name, "must be an ISO-8601 instant such as 2026-03-01T00:00:00Z");
        }
    }

    /** {@code true} or {@code false}; absent is false. */
    public static boolean flag(String name, String value) {
        if (value == null || value.isBlank()) {
            return false;
        }
        return switch (value.strip()) {
            case "true" -> true;
            case "false" -> false;
            default -> throw invalid(name, "must be true or false");
        };
    }

    private static ProblemException invalid(String name, String message) {
        return new ProblemException(Response.Status.BAD_REQUEST, ProblemDetail.BLANK_TYPE, "Invalid input",
                "The query parameter '" + name + "' " + message, List.of(new ProblemDetail.Violation(name, message)));
    }
}
