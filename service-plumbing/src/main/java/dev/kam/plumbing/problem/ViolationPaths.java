package dev.kam.plumbing.problem;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.util.ArrayList;
import java.util.List;

/** Turns a bean-validation property path into the field name a client sent. */
final class ViolationPaths {

    private ViolationPaths() {
    }

    /**
     * {@code register.request.contact.email} becomes {@code contact.email}: the method and
     * parameter nodes mean nothing to the caller; a query or path parameter keeps its own name.
     */
    static String fieldOf(ConstraintViolation<?> violation) {
        List<String> names = new ArrayList<>();
        String parameterName = null;
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.CONSTRUCTOR) {
                continue;
            }
            if (node.getKind() == ElementKind.PARAMETER) {
                parameterName = node.getName();
                continue;
            }
            // Hibernate Validator puts a list index on the node after the list: items, [2]name
            if (node.isInIterable() && !names.isEmpty()) {
                Object position = node.getIndex() != null ? node.getIndex() : node.getKey();
                if (position != null) {
                    names.set(names.size() - 1, names.get(names.size() - 1) + "[" + position + "]");
                }
            }
            if (node.getName() != null) {
                names.add(node.getName());
            }
        }
        if (names.isEmpty()) {
            return parameterName == null ? "request" : parameterName;
        }
        return String.join(".", names);
    }
}
