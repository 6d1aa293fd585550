package dev.limber.program.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** An RFC 9457 (formerly 7807) problem document, with the input fields that failed. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, String instance,
        List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One failing input field, named as the client sent it (e.g. {@code dosage.holdSeconds}). */
    public record FieldError(String field, String message) {
    }
}
