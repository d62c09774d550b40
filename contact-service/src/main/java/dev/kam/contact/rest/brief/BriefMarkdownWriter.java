package dev.kam.contact.rest.brief;

import dev.kam.contact.service.brief.BriefView;
import dev.kam.contact.service.brief.DecisionBriefView;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;

/**
 * Writes a brief (for a planned meeting or for a purchase decision) as Markdown when the caller accepts
 * {@value BriefMarkdown#MEDIA_TYPE}.
 */
@Provider
@Produces(BriefMarkdown.MEDIA_TYPE)
public class BriefMarkdownWriter implements MessageBodyWriter<Object> {

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return BriefView.class.isAssignableFrom(type) || DecisionBriefView.class.isAssignableFrom(type);
    }

    @Override
    public void writeTo(Object brief, Class<?> type, Type genericType, Annotation[] annotations,
            MediaType mediaType, MultivaluedMap<String, Object> headers, OutputStream out) throws IOException {
        headers.putSingle("Content-Type", BriefMarkdown.MEDIA_TYPE + "; charset=UTF-8");
        String markdown = brief instanceof DecisionBriefView decision ? BriefMarkdown.render(decision)
                : BriefMarkdown.render((BriefView) brief);
        out.write(markdown.getBytes(StandardCharsets.UTF_8));
    }
}
