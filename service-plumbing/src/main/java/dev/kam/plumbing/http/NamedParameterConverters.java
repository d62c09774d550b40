package dev.kam.plumbing.http;

import dev.kam.kernel.period.Period;
import dev.kam.plumbing.limits.StrictDates;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.MatrixParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads typed parameters ({@code UUID}, whole and decimal numbers, booleans, dates, instants, enums,
 * periods - only a plan's where the parameter is {@link PlanPeriod}; text without NUL characters) so
 * that a value of the wrong form is a 400 naming the parameter. Without it JAX-RS answers a failed
 * query or path parameter conversion with a bare 404, and reads {@code ?flag=maybe} as false.
 */
@Provider
public class NamedParameterConverters implements ParamConverterProvider {

    static final String PERIOD_EXPECTATION = "must be a period written 2026, 2026-H1, 2026-Q3 or 2026-03";
    private static final Pattern PLAN_PERIOD = Pattern.compile(Period.PLAN_PATTERN);

    @Override
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        Reading reading = rawType == Period.class && annotated(annotations, PlanPeriod.class)
                ? new Reading(NamedParameterConverters::planPeriod, Period.PLAN_EXPECTATION)
                : readingOf(rawType);
        if (reading == null) {
            return null;
        }
        return new Converter<>(rawType, nameOf(annotations), reading);
    }

    private record Reading(Function<String, Object> parse, String expectation) {
    }

    private record Converter<T>(Class<T> type, String name, Reading reading) implements ParamConverter<T> {

        @Override
        @SuppressWarnings("unchecked")
        public T fromString(String value) {
            if (value == null) {
                return null;
            }
            try {
                // not type.cast: for int, long and boolean parameters the type is primitive and the
                // value boxed, which Class.cast refuses
                return (T) reading.parse().apply(type == String.class ? value : value.strip());
            } catch (RuntimeException e) {
                throw new InvalidParameterException(name, reading.expectation());
            }
        }

        @Override
        public String toString(T value) {
            return value == null ? null : value.toString();
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Reading readingOf(Class<?> type) {
        if (type == String.class) {
            return new Reading(NamedParameterConverters::textWithoutNul, "must not contain a NUL character");
        }
        if (type == UUID.class) {
            return new Reading(UUID::fromString, "must be a UUID");
        }
        if (type == Integer.class || type == int.class) {
            return new Reading(Integer::valueOf, "must be a whole number");
        }
        if (type == Long.class || type == long.class) {
            return new Reading(Long::valueOf, "must be a whole number");
        }
        if (type == BigDecimal.class) {
            return new Reading(BigDecimal::new, "must be a decimal number");
        }
        if (type == Boolean.class || type == boolean.class) {
            return new Reading(NamedParameterConverters::strictBoolean, "must be true or false");
        }
        if (type == LocalDate.class) {
            return new Reading(value -> storable(LocalDate.parse(value)), "must be a date (yyyy-mm-dd)");
        }
        if (type == Period.class) {
            return new Reading(Period::parse, PERIOD_EXPECTATION);
        }
        if (type == Instant.class) {
            return new Reading(value -> storable(Instant.parse(value)),
                    "must be an ISO-8601 instant, e.g. 2026-01-31T09:00:00Z");
        }
        if (type.isEnum()) {
            Class<? extends Enum> enumType = (Class<? extends Enum>) type;
            String allowed = Arrays.stream(enumType.getEnumConstants()).map(Enum::name)
                    .collect(Collectors.joining(", "));
            return new Reading(value -> Enum.valueOf(enumType, value), "must be one of " + allowed);
        }
        return null;
    }

    /** A date or instant in the years 1 to 9999, the ones a database column and every reader can hold. */
    private static <T> T storable(T value) {
        if (!StrictDates.storable(value)) {
            throw new IllegalArgumentException(StrictDates.EXPECTATION);
        }
        return value;
    }

    /** Text as sent (not stripped), except that no stored text can hold a NUL character. */
    private static String textWithoutNul(String value) {
        if (value.indexOf('\u0000') >= 0) {
            throw new IllegalArgumentException("NUL");
        }
        return value;
    }

    private static Period planPeriod(String value) {
        if (!PLAN_PERIOD.matcher(value).matches()) {
            throw new IllegalArgumentException(value);
        }
        return Period.parse(value);
    }

    private static boolean annotated(Annotation[] annotations, Class<? extends Annotation> type) {
        return annotations != null && Arrays.stream(annotations).anyMatch(type::isInstance);
    }

    private static Boolean strictBoolean(String value) {
        return switch (value) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw new IllegalArgumentException(value);
        };
    }

    private static String nameOf(Annotation[] annotations) {
        for (Annotation annotation : annotations == null ? new Annotation[0] : annotations) {
            if (annotation instanceof QueryParam query) {
                return query.value();
            }
            if (annotation instanceof PathParam path) {
                return path.value();
            }
            if (annotation instanceof HeaderParam header) {
                return header.value();
            }
            if (annotation instanceof FormParam form) {
                return form.value();
            }
            if (annotation instanceof CookieParam cookie) {
                return cookie.value();
            }
            if (annotation instanceof MatrixParam matrix) {
                return matrix.value();
            }
        }
        return "parameter";
    }
}
