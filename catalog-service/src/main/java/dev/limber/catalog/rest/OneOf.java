package dev.limber.catalog.rest;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.List;
import dev.limber.catalog.domain.Vocabulary;

/** The value must be a code of the given vocabulary; the message lists the allowed codes. */
@Documented
@Constraint(validatedBy = OneOf.Validator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.TYPE_USE, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
public @interface OneOf {

    Class<? extends Enum<?>> value();

    String message() default "";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Checks a code against the vocabulary; null is left to {@code @NotNull}. */
    class Validator implements ConstraintValidator<OneOf, String> {

        private List<String> allowed;

        @Override
        public void initialize(OneOf annotation) {
            allowed = Vocabulary.codes(annotation.value());
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null || allowed.contains(value)) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate("unknown value '" + value.replace("{", "").replace("$", "")
                    + "'; allowed: " + String.join(", ", allowed)).addConstraintViolation();
            return false;
        }
    }
}
