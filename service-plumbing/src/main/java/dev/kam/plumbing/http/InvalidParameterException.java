package dev.kam.plumbing.http;

import jakarta.ws.rs.BadRequestException;

/**
 * A query, path or header parameter whose value cannot be read as its type. A
 * {@link jakarta.ws.rs.WebApplicationException}, so that JAX-RS passes it on as it is instead of
 * turning it into a bare 404; the problem mappers answer it with a 400 naming the parameter.
 */
public class InvalidParameterException extends BadRequestException {

    private final String parameter;
    private final String expectation;

    public InvalidParameterException(String parameter, String expectation) {
        super("The parameter '" + parameter + "' " + expectation);
        this.parameter = parameter;
        this.expectation = expectation;
    }

    public String parameter() {
        return parameter;
    }

    public String expectation() {
        return expectation;
    }
}
