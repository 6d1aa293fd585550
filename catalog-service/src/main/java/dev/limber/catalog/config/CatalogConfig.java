package dev.limber.catalog.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the catalog service ({@code limber.catalog.*}). */
@ConfigMapping(prefix = "limber.catalog")
public interface CatalogConfig {

    /** How long a routine takes: the constants behind a template's {@code totalSeconds}. */
    DurationRules duration();

    /** Search tuning. */
    Search search();

    interface DurationRules {
        /** Seconds one repetition of a reps-based exercise takes, moving slowly and with control. */
        @WithDefault("3")
        int secondsPerRep();

        /** Seconds one slow, deep breath takes, for exercises dosed in breaths. */
        @WithDefault("5")
        int secondsPerBreath();

        /** Seconds to move from one exercise into the next. */
        @WithDefault("15")
        int transitionSeconds();
    }

    interface Search {
        /** Trigram similarity (0-1) a known word needs to stand in for a misspelt query word. */
        @WithDefault("0.35")
        double typoSimilarity();

        /**
         * Result pages kept in memory (about 10 kB each at 20 results), served only while no catalog write has
         * happened since they were read; 0 turns the cache off.
         */
        @WithDefault("1000")
        int cachedPages();
    }
}
