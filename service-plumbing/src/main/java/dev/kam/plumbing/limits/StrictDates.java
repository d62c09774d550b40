package dev.kam.plumbing.limits;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads dates and instants only as ISO-8601 text in the years 1 to 9999, refusing anything else
 * while the body is read: {@code "+999999999-12-31"} is a 400 naming its field rather than a value
 * the database cannot store or a business rule ("opened in the future") that does not say which
 * field it means, and {@code -1} or {@code "-1"} is not read as a second before 1970. Four-digit
 * years are also all that ISO 8601 promises every reader of our events.
 */
public final class StrictDates extends BeanDeserializerModifier {

    static final int FIRST_YEAR = 1;
    static final int LAST_YEAR = 9999;
    public static final String EXPECTATION = "must be a date in the years " + FIRST_YEAR + " to " + LAST_YEAR;
    private static final Instant FIRST_INSTANT = LocalDate.of(FIRST_YEAR, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC);
    private static final Instant LAST_INSTANT = LocalDate.of(LAST_YEAR, 12, 31).atTime(23, 59, 59, 999_999_999)
            .toInstant(ZoneOffset.UTC);

    static final String ISO_EXPECTATION = "must be ISO-8601 text, e.g. 2026-01-31 or 2026-01-31T09:00:00Z";
    private static final Pattern NUMBER = Pattern.compile("[-+]?\\d+(\\.\\d*)?");
    private static final Set<Class<?>> TEMPORAL_TYPES = Set.of(LocalDate.class, LocalDateTime.class, Instant.class,
            OffsetDateTime.class, ZonedDateTime.class);

    @Override
    public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription description,
            JsonDeserializer<?> deserializer) {
        return TEMPORAL_TYPES.contains(description.getBeanClass()) ? new YearChecking(deserializer) : deserializer;
    }

    /** The year of any temporal value the suite reads, or null for other values. */
    static Integer yearOf(Object value) {
        if (value instanceof LocalDate date) {
            return date.getYear();
        }
        if (value instanceof LocalDateTime dateTime) {
            return dateTime.getYear();
        }
        if (value instanceof Instant instant) {
            // Instant.MIN/MAX lie far outside what an OffsetDateTime can hold; compare seconds instead.
            long seconds = instant.getEpochSecond();
            if (seconds < FIRST_INSTANT.getEpochSecond()) {
                return FIRST_YEAR - 1;
            }
            if (seconds > LAST_INSTANT.getEpochSecond()) {
                return LAST_YEAR + 1;
            }
            return instant.atOffset(ZoneOffset.UTC).getYear();
        }
        if (value instanceof OffsetDateTime dateTime) {
            return dateTime.getYear();
        }
        if (value instanceof ZonedDateTime dateTime) {
            return dateTime.getYear();
        }
        return null;
    }

    /** True for a value that is no date, or one in the years 1 to 9999. */
    public static boolean storable(Object value) {
        Integer year = yearOf(value);
        return year == null || (year >= FIRST_YEAR && year <= LAST_YEAR);
    }

    private static final class YearChecking extends DelegatingDeserializer {

        YearChecking(JsonDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
            return new YearChecking(delegate);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.currentToken() != JsonToken.VALUE_STRING || NUMBER.matcher(parser.getText().strip()).matches()) {
                return context.handleWeirdStringValue(handledType(), parser.getText(), ISO_EXPECTATION);
            }
            Object value = super.deserialize(parser, context);
            if (!storable(value)) {
                return context.handleWeirdStringValue(handledType(), parser.getText(), EXPECTATION);
            }
            return value;
        }
    }
}
