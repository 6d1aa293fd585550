package dev.limber.e2e;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A browser test of the whole stack: Chromium is checked and launched first (it fails in seconds if missing),
 * then the stack is started once for the whole run; test methods take a {@link Portal} parameter.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(BrowserExtension.class)
@ExtendWith(LimberStackExtension.class)
public @interface EndToEndTest {
}
