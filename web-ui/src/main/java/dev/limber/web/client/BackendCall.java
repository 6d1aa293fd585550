package dev.limber.web.client;

import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A backend client whose every failure, its own guards' included, reaches pages as {@link BackendUnavailableException}. */
@InterceptorBinding
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@interface BackendCall {

    /** The backend as pages name it ("Programs and sessions"). */
    @Nonbinding
    String value() default "";
}
