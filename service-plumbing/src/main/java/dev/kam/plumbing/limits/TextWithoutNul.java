package dev.kam.plumbing.limits;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import java.io.IOException;

/**
 * Reads JSON strings as Jackson does, but refuses one holding a NUL character: no text column
 * can store it (PostgreSQL answers "invalid byte sequence"), so it is a 400 naming the field
 * instead of a failed write.
 */
final class TextWithoutNul extends StringDeserializer {

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        String text = super.deserialize(parser, context);
        if (text != null && text.indexOf('\u0000') >= 0) {
            return (String) context.handleWeirdStringValue(String.class, text, "must not contain a NUL character");
        }
        return text;
    }
}
