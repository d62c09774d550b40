package dev.kam.contact.rest.matrix;

import dev.kam.contact.service.matrix.MatrixView;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;

/** Writes the matrix as a picture when the caller accepts {@value MatrixSvg#MEDIA_TYPE}. */
@Provider
@Produces(MatrixSvg.MEDIA_TYPE)
public class MatrixSvgWriter implements MessageBodyWriter<MatrixView> {

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return MatrixView.class.isAssignableFrom(type);
    }

    @Override
    public void writeTo(MatrixView matrix, Class<?> type, Type genericType, Annotation[] annotations,
            MediaType mediaType, MultivaluedMap<String, Object> headers, OutputStream out) throws java.io.IOException {
        out.write(MatrixSvg.render(matrix).getBytes(StandardCharsets.UTF_8));
    }
}
