package dev.kam.contact.client;

import java.util.List;

/** One page of an account-service list; the brief reads the first page only. */
public record RecordPage<T>(List<T> items, String nextCursor) {

    public RecordPage {
        items = items == null ? List.of() : List.copyOf(items);
    }
}
