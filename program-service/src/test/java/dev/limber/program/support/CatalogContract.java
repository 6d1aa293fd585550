package dev.limber.program.support;

/** catalog-service responses exactly as its API documents them (docs/catalog-api.md), pinned here. */
public final class CatalogContract {

    private CatalogContract() {
    }

    private static String dosage(String holdSeconds, String reps, boolean perSide) {
        return """
                {"holdSeconds":%s,"holdSecondsMax":null,"reps":%s,"repsMax":null,"sets":null,"perSide":%s,\
                "breaths":null,"breathsMax":null,"timesPerDay":null,"timesPerDayMax":null,"note":null}"""
                .formatted(holdSeconds, reps, perSide);
    }

    private static String exercise(String slug, int version, int latest, boolean retired, String name, String step,
            String dosage) {
        return """
                {"slug":"%s","version":%d,"latestVersion":%d,"retired":%s,"name":"%s","aliases":[],\
                "purpose":"Eases the front of the hip.","steps":["%s","Breathe slowly."],\
                "category":"static-stretch","position":"tabletop","regions":["hip"],"muscles":["hip-flexors"],\
                "equipment":["mat"],"cautions":["Stop if you feel pins and needles."],\
                "contraindications":["radiating-leg-pain"],"dosage":%s,"sourceArticles":[],"changeNote":null,\
                "createdAt":"2026-01-05T10:00:00Z","createdBy":"tara"}"""
                .formatted(slug, version, latest, retired, name, step, dosage);
    }

    public static final String RUNNERS_LUNGE_V1 = exercise("runners-lunge", 1, 2, false, "Runner's Lunge",
            "Kneel on one knee.", dosage("30", "null", true));
    public static final String RUNNERS_LUNGE_V2 = exercise("runners-lunge", 2, 2, false, "Runner's Lunge",
            "Kneel on one knee, the other foot forward.", dosage("30", "null", true));
    public static final String CHILDS_POSE = exercise("childs-pose", 1, 1, false, "Child's Pose",
            "Sit back on your heels.", dosage("30", "null", false));
    public static final String CAT_COW = exercise("cat-cow-hip-circles", 1, 1, false, "Cat-Cow Hip Circles",
            "Start on hands and knees.", dosage("null", "8", false));
    public static final String RETIRED = exercise("old-stretch", 1, 1, true, "Old Stretch",
            "Do not use.", dosage("20", "null", false));

    public static final String TEMPLATE = """
            {"slug":"two-step-release","version":1,"name":"Two-step release","description":"Short routine",\
            "builtIn":true,"totalSeconds":120,"items":[\
            {"position":1,"exercise":"cat-cow-hip-circles","exerciseVersion":1,"name":"Cat-Cow Hip Circles",\
            "purpose":"Mobilises the spine.","retired":false,"dosage":%s,"note":"Slowly","seconds":40},\
            {"position":2,"exercise":"childs-pose","exerciseVersion":1,"name":"Child's Pose",\
            "purpose":"Rests the back.","retired":false,"dosage":%s,"note":null,"seconds":45}]}"""
            .formatted(dosage("null", "10", false), dosage("45", "null", false));
}
