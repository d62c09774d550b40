package dev.kam.plumbing.limits;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Limits on what a request body may hold, checked while it is read so that an oversized or
 * pathological body is refused at once (docs/adr/0016). The body size itself is
 * {@code quarkus.http.limits.max-body-size}, enforced by {@link BodySizeLimit}.
 */
@ConfigMapping(prefix = "kam.input-limits")
public interface InputLimits {

    /** Deepest nesting of JSON objects and arrays; the suite's own bodies need fewer than ten levels. */
    @WithDefault("32")
    int maxNestingDepth();

    /** Longest JSON string value, in characters; the longest text field the suite stores is far shorter. */
    @WithDefault("65536")
    int maxStringLength();

    /** Most digits in one JSON number; money and counts need a few dozen at most. */
    @WithDefault("64")
    int maxNumberLength();
}
