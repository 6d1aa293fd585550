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

    /** Red flags: escalation deadlines and alert delivery. */
    Flags flags();

    interface Flags {
        /** An EMERGENCY flag not acknowledged within this time is escalated to the clinic admins. */
        @WithDefault("15M")
        Duration emergencyAcknowledgeWithin();

        /** An URGENT flag not acknowledged within this time is escalated to the clinic admins. */
        @WithDefault("4H")
        Duration urgentAcknowledgeWithin();

        /** Days without a logged session on an active program before an ADHERENCE flag. */
        @WithDefault("7")
        int daysWithoutSession();

        /** The portal's address, for the link to the flag in an alert (alerts carry no clinical details). */
        @WithDefault("http://localhost:8080")
        String portalUrl();

        /** Where alerts go when the therapist or admins are not yet known (have never signed in), e.g. the clinic's desk. */
        Optional<String> fallbackRecipient();

        /** First retry delay of an undelivered alert; doubles on each failure up to 15 minutes. */
        @WithDefault("10S")
        Duration retryAfter();
    }

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
