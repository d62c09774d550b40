package dev.kam.plumbing.paging;

import java.util.List;

/**
 * One page of a list. {@code nextCursor} is absent on the last page; pass it back as
 * {@code ?cursor=} to get the next one.
 */
public record Page<T>(List<T> items, String nextCursor) {

    public Page {
        items = List.copyOf(items);
    }
}
