package dev.kam.plumbing.limits;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Limits on what a JSON request body may hold, checked while it is read so that a pathological
 * body is refused at once (docs/adr/0016). The body size itself is
 * {@code quarkus.http.limits.max-body-size}, enforced by {@link BodySizeLimit}.
 * Read from plain config rather than a {@code @ConfigMapping}: the JSON mapper is built during
 * static initialisation, before mappings exist.
 *
 * @param maxNestingDepth deepest nesting of objects and arrays; the suite's bodies need fewer than ten
 * @param maxStringLength longest string value in characters; every stored text is far shorter
 * @param maxNumberLength most digits in one number (Jackson's default, 1,000): a long number is better refused
 *                        by the field's own type or range check, which names the field
 */
public record InputLimits(int maxNestingDepth, int maxStringLength, int maxNumberLength) {

    static InputLimits fromConfig() {
        Config config = ConfigProvider.getConfig();
        return new InputLimits(
                config.getOptionalValue("kam.input-limits.max-nesting-depth", Integer.class).orElse(32),
                config.getOptionalValue("kam.input-limits.max-string-length", Integer.class).orElse(65_536),
                config.getOptionalValue("kam.input-limits.max-number-length", Integer.class).orElse(1000));
    }
}
