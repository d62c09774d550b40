package dev.kam.plumbing.limits;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/**
 * Makes the JSON reader refuse, while parsing, bodies no client of the suite sends: nesting deeper,
 * strings or numbers longer than {@link InputLimits} allow. The refusal is a
 * {@code StreamConstraintsException}, answered 422 by the problem mappers.
 * A fraction sent for a whole number is refused too, instead of being silently cut to an integer,
 * a number for a boolean, anything after the JSON document, a NUL character in a string
 * (PostgreSQL cannot store it), an empty string where a date, id, number or enum value belongs
 * (Jackson would read it as "not given") and a date outside the years 1 to 9999.
 */
@Singleton
public class JsonReadLimits implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper objectMapper) {
        InputLimits limits = InputLimits.fromConfig();
        objectMapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(limits.maxNestingDepth())
                .maxStringLength(limits.maxStringLength())
                .maxNumberLength(limits.maxNumberLength())
                .build());
        objectMapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        // "{...} trailing" is not one JSON document; by default Jackson reads the first value and ignores the rest.
        objectMapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        // 2 is not a yes/no answer; Jackson would read any whole number as a boolean.
        objectMapper.coercionConfigFor(LogicalType.Boolean).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
        // "" for a date, UUID, number or enum is a wrong value, not an absent one; text fields keep "" as it is.
        objectMapper.coercionConfigDefaults().setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        objectMapper.registerModule(new SimpleModule("kam-text-without-nul")
                .addDeserializer(String.class, new TextWithoutNul())
                .setDeserializerModifier(new StrictDates()));
    }
}
