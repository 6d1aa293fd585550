package dev.limber.catalog.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The controlled vocabularies of the catalog; values travel and are stored as kebab-case codes. */
public final class Vocabulary {

    private Vocabulary() {
    }

    public enum Category { STATIC_STRETCH, DYNAMIC_MOBILITY, STRENGTHENING, CORE_POSTURAL }

    public enum StartingPosition { TABLETOP, SUPINE, PRONE, SEATED, KNEELING, STANDING, CHAIR }

    public enum BodyRegion { LOWER_BACK, UPPER_BACK, HIP, GROIN, THIGH, CORE, CHEST, SHOULDER }

    public enum Muscle {
        HIP_FLEXORS, PIRIFORMIS, GLUTES, HAMSTRINGS, ADDUCTORS, QUADRICEPS, LUMBAR_SPINE,
        THORACIC_SPINE, ABDOMINALS, OBLIQUES, CHEST, SHOULDERS, CALVES
    }

    public enum Equipment { MAT, CHAIR, PILLOW, BLOCK }

    /** Conditions under which an exercise should not be prescribed; see docs/clinical-rules.md. */
    public enum Contraindication { RADIATING_LEG_PAIN, RECENT_HIP_REPLACEMENT, KNEE_PAIN, WRIST_PAIN, BALANCE_PROBLEMS }

    public static String code(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static List<String> codes(Class<? extends Enum<?>> vocabulary) {
        return Arrays.stream(vocabulary.getEnumConstants()).map(Vocabulary::code).toList();
    }
}
