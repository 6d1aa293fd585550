package dev.limber.web.client;

import java.util.List;

/** A backend's problem document (RFC 9457) with the input fields it refused. */
public record Problem(String title, int status, String detail, List<FieldError> errors) {

    public record FieldError(String field, String message) {
    }

    public List<FieldError> fieldErrors() {
        return errors == null ? List.of() : errors;
    }
}
