package dev.limber.program.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** Settings of the program service ({@code limber.program.*}). */
@ConfigMapping(prefix = "limber.program")
public interface ProgramConfig {

    /** Rules for logging sessions. */
    Sessions sessions();

    /** Where the caller's clinic comes from. */
    Identity identity();

    interface Sessions {
        /** How many days back a patient may log a session they forgot to record. */
        @WithDefault("7")
        int maxDaysLate();

        /** How far in the future a performedAt may be, to absorb clock differences between phone and server. */
        @WithDefault("5M")
        Duration clockSkew();
    }

    interface Identity {
        /**
         * Clinic used when the identity carries no {@code clinic_id} claim. Only the local run (demo users over
         * HTTP basic) sets it; in production a token without the claim is refused.
         */
        Optional<String> defaultClinic();
    }
}
