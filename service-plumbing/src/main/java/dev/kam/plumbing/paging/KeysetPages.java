package dev.kam.plumbing.paging;

import dev.kam.plumbing.problem.ProblemException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Keyset pages: each query fetches one row more than the limit, and the sort values of the last row
 * shown become the cursor of the next page. Cursor values that do not parse were not issued by us:
 * a 400, never a 500. The value readers return null for the first page (no cursor).
 */
public final class KeysetPages {

    private KeysetPages() {
    }

    /** The first {@code limit} of {@code fetched} (which may hold one more), with the cursor to the rest. */
    public static <E, T> Page<T> page(List<E> fetched, int limit, Function<E, Cursor> cursorOf, Function<E, T> toItem) {
        List<E> shown = fetched.subList(0, Math.min(limit, fetched.size()));
        String next = fetched.size() > limit ? cursorOf.apply(shown.get(shown.size() - 1)).encode() : null;
        return new Page<>(shown.stream().map(toItem).toList(), next);
    }

    /** The decoded cursor of {@code arity} values, or null for the first page. */
    public static Cursor after(String encoded, int arity) {
        return encoded == null || encoded.isBlank() ? null : Cursor.decode(encoded, arity);
    }

    public static Instant instant(Cursor cursor, int index) {
        return cursor == null ? null : parse(() -> Instant.parse(cursor.value(index)));
    }

    public static LocalDate date(Cursor cursor, int index) {
        return cursor == null ? null : parse(() -> LocalDate.parse(cursor.value(index)));
    }

    public static UUID id(Cursor cursor, int index) {
        return cursor == null ? null : parse(() -> UUID.fromString(cursor.value(index)));
    }

    public static Long number(Cursor cursor, int index) {
        return cursor == null ? null : parse(() -> Long.valueOf(cursor.value(index)));
    }

    public static String text(Cursor cursor, int index) {
        return cursor == null ? null : cursor.value(index);
    }

    private static <V> V parse(Supplier<V> parser) {
        try {
            return parser.get();
        } catch (RuntimeException e) {
            throw ProblemException.badRequest("The cursor is not one this list issued");
        }
    }
}
