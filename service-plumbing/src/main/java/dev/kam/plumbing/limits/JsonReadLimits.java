package dev.kam.plumbing.limits;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/**
 * Makes the JSON reader refuse, while parsing, bodies no client of the suite sends: nesting deeper,
 * strings or numbers longer than {@link InputLimits} allow. The refusal is a
 * {@code StreamConstraintsException}, answered 422 by the problem mappers.
 * A fraction sent for a whole number is refused too, instead of being silently cut to an integer,
 * and so is anything after the JSON document.
 */
@Singleton
public class JsonReadLimits implements ObjectMapperCustomizer {

    private final InputLimits limits;

    JsonReadLimits(InputLimits limits) {
        this.limits = limits;
    }

    @Override
    public void customize(ObjectMapper objectMapper) {
        objectMapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(limits.maxNestingDepth())
                .maxStringLength(limits.maxStringLength())
                .maxNumberLength(limits.maxNumberLength())
                .build());
        objectMapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        // "{...} trailing" is not one JSON document; by default Jackson reads the first value and ignores the rest.
        objectMapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }
}
