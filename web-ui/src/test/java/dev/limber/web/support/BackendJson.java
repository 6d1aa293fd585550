package dev.limber.web.support;

/**
 * Documents as program-service and catalog-service send them (their views' JSON shapes), for one patient,
 * her program of three exercises (one per side, one counted, one on hold), her sessions, check-ins and a flag.
 */
public final class BackendJson {

    public static final String PATIENT = "a0000000-0000-4000-8000-000000000002";
    /** A patient of another clinic: program-service answers 404 for them. */
    public static final String OTHER_PATIENT = "a0000000-0000-4000-8000-000000000009";
    public static final String PROGRAM = "b0000000-0000-4000-8000-000000000001";
    public static final String NEW_PROGRAM = "b0000000-0000-4000-8000-000000000002";
    /** Runner's Lunge: held 45 s, 2 sets, on each side. */
    public static final String LUNGE = "c0000000-0000-4000-8000-000000000001";
    /** Cat-Cow: 10 times, not per side. */
    public static final String CAT_COW = "c0000000-0000-4000-8000-000000000002";
    /** Wide-Legged Forward Fold: on hold while a flag is open. */
    public static final String FOLD = "c0000000-0000-4000-8000-000000000003";
    public static final String FLAG = "d0000000-0000-4000-8000-000000000001";
    public static final String REPORT = "e0000000-0000-4000-8000-000000000001";
    public static final String ZONE = "Europe/London";

    private BackendJson() {
    }

    /** A JSON string, or null. */
    public static String quote(String s) {
        return s == null ? "null" : "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /** The patient as staff read them ({@code /api/patients/{id}}) and as they read themselves ({@code /api/me}). */
    public static String patient(String name) {
        return """
                {"id":"%s","displayName":%s,"birthYear":1980,"conditionSummary":"Low back pain since October",
                 "painOnset":"2026-10-01","baselinePain":5,"timeZone":"%s","therapist":"tara",
                 "lastSessionAt":"2026-11-22T18:00:00Z"}""".formatted(PATIENT, quote(name), ZONE);
    }

    public static String program(String status) {
        return program(status, "Go gently", "Cat-Cow");
    }

    /** The program at revision 3, version 7, with the lunge's note and the second exercise's name given. */
    public static String program(String status, String lungeNote, String catCowName) {
        return """
                {"id":"%s","patientId":"%s","title":"Five-minute release","status":"%s","revision":3,"version":7,
                 "schedule":{"sessionsPerDay":2,"daysPerWeek":5,"weekdays":[],"startDate":"2026-11-02",
                   "reviewDate":"2026-12-14","endDate":null},
                 "items":[
                  {"id":"%s","position":1,"exercise":"runners-lunge","exerciseVersion":2,
                   "dosage":{"holdSeconds":45,"sets":2,"perSide":true},"note":%s,
                   "snapshot":{"name":"Runner's Lunge","version":2,"purpose":"Opens tight hip flexors.",
                     "steps":["Start on your hands and knees.","Step your right foot forward."],
                     "cautions":["Pad the back knee."],"contraindications":["knee-pain"],
                     "dosage":{"holdSeconds":30,"perSide":true}},"onHold":false,"holdReason":null},
                  {"id":"%s","position":2,"exercise":"cat-cow","exerciseVersion":1,
                   "dosage":{"reps":10,"perSide":false},"note":null,
                   "snapshot":{"name":%s,"version":1,"purpose":"Moves the spine gently.",
                     "steps":["Arch your back, then round it."],"cautions":[],"contraindications":[],
                     "dosage":{"reps":10,"perSide":false}},"onHold":false,"holdReason":null},
                  {"id":"%s","position":3,"exercise":"wide-legged-forward-fold","exerciseVersion":1,
                   "dosage":{"holdSeconds":30,"perSide":false},"note":null,
                   "snapshot":{"name":"Wide-Legged Forward Fold","version":1,"purpose":"Stretches hamstrings.",
                     "steps":["Stand with your feet wide."],"cautions":[],"contraindications":["radiating-leg-pain"],
                     "dosage":{"holdSeconds":30,"perSide":false}},
                   "onHold":true,"holdReason":"On hold until your therapist checks it."}],
                 "updatedAt":"2026-11-20T09:00:00Z","updatedBy":"tara"}""".formatted(PROGRAM, PATIENT, status, LUNGE,
                quote(lungeNote), CAT_COW, quote(catCowName), FOLD);
    }

    /** A draft with no exercises yet, as creating one answers. */
    public static String newDraft() {
        return """
                {"id":"%s","patientId":"%s","title":"Back to running","status":"DRAFT","revision":1,"version":0,
                 "schedule":{"sessionsPerDay":1,"daysPerWeek":7,"weekdays":[],"startDate":"2026-11-23"},
                 "items":[]}""".formatted(NEW_PROGRAM, PATIENT);
    }

    /** Adherence over 8 weeks: the last 7 days 86 %, a week with nothing prescribed, today as given. */
    public static String adherence(int prescribedToday, int completedToday) {
        return """
                {"from":"2026-09-28","to":"2026-11-22","prescribed":%d,"completed":%d,"partial":1,"missed":3,
                 "percent":71,"currentStreak":3,"last7DaysPercent":86,"last28DaysPercent":64,"painTrend":"IMPROVING",
                 "weeks":[{"weekStart":"2026-09-28","prescribed":0,"completed":0,"partial":0,"percent":null},
                          {"weekStart":"2026-10-05","prescribed":10,"completed":4,"partial":0,"percent":40},
                          {"weekStart":"2026-10-12","prescribed":10,"completed":6,"partial":1,"percent":60},
                          {"weekStart":"2026-10-19","prescribed":10,"completed":7,"partial":0,"percent":70},
                          {"weekStart":"2026-10-26","prescribed":10,"completed":8,"partial":0,"percent":80},
                          {"weekStart":"2026-11-02","prescribed":10,"completed":9,"partial":0,"percent":90},
                          {"weekStart":"2026-11-09","prescribed":10,"completed":10,"partial":0,"percent":100},
                          {"weekStart":"2026-11-16","prescribed":10,"completed":8,"partial":0,"percent":80}]}"""
                .formatted(prescribedToday, completedToday);
    }

    /** Two sessions, newest first: 22 Nov (pain 3, 6 after, hard) and 20 Nov (pain 4, 2 after, with a note). */
    public static String sessions(String note) {
        return """
                [{"id":"f0000000-0000-4000-8000-000000000002","programId":"%1$s","programRevision":3,
                  "performedAt":"2026-11-22T18:00:00Z","localDay":"2026-11-22","completion":"PARTIAL",
                  "items":[{"itemId":"%2$s","done":true,"sidesDone":"LEFT","actualHoldSeconds":null,"actualReps":null}],
                  "painBefore":3,"painAfter":6,"painDuring":7,"difficulty":"HARD","note":null,
                  "loggedAt":"2026-11-22T18:05:00Z"},
                 {"id":"f0000000-0000-4000-8000-000000000001","programId":"%1$s","programRevision":3,
                  "performedAt":"2026-11-20T07:30:00Z","localDay":"2026-11-20","completion":"FULL",
                  "items":[{"itemId":"%2$s","done":true,"sidesDone":"BOTH","actualHoldSeconds":null,"actualReps":null}],
                  "painBefore":4,"painAfter":2,"painDuring":5,"difficulty":"RIGHT","note":%3$s,
                  "loggedAt":"2026-11-20T07:45:00Z"}]""".formatted(PROGRAM, LUNGE, quote(note));
    }

    /** Two check-ins: an URGENT one with the patient's words, and one with nothing to flag. */
    public static String reports(String freeText) {
        return """
                [{"id":"%s","createdAt":"2026-11-21T18:00:00Z","severity":"URGENT","currentPain":7,
                  "answers":"{}","freeText":%s},
                 {"id":"e0000000-0000-4000-8000-000000000002","createdAt":"2026-11-14T08:00:00Z","severity":"NONE",
                  "currentPain":2,"answers":"{}","freeText":null}]""".formatted(REPORT, quote(freeText));
    }

    /** An open URGENT flag raised by a check-in, with the rule that fired and its audit trail. */
    public static String flag(String explanation) {
        return flag("URGENT", "OPEN", explanation, null, null);
    }

    public static String flag(String severity, String status, String explanation, String outcome, String note) {
        boolean resolved = "RESOLVED".equals(status);
        return """
                {"id":"%s","patientId":"%s","severity":"%s","status":"%s","source":"CHECK_IN",
                 "rules":[{"id":"leg-weakness","severity":"%3$s","explanation":%s}],"rulesVersion":"2026.11",
                 "symptomReportId":"%s","sessionId":null,"createdAt":"2026-11-21T18:00:05Z",
                 "acknowledgedAt":null,"acknowledgedBy":null,"resolvedAt":%s,"resolvedBy":%s,"outcome":%s,
                 "resolutionNote":%s,"escalatedAt":null,"version":4,
                 "events":[{"at":"2026-11-21T18:00:05Z","actor":"limber","action":"CREATED","detail":null},
                           {"at":"2026-11-21T18:00:06Z","actor":"limber","action":"ALERTED","detail":"therapist"}]}"""
                .formatted(FLAG, PATIENT, severity, status, quote(explanation), REPORT,
                        resolved ? "\"2026-11-22T09:00:00Z\"" : "null", resolved ? "\"tara\"" : "null", quote(outcome),
                        quote(note));
    }

    /** The caseload naming the patient (the inbox takes names from it). */
    public static String caseload(String name) {
        return """
                [{"patientId":"%s","displayName":%s,"programId":"%s","programStatus":"ACTIVE","last7DaysPercent":86,
                  "lastSessionAt":"2026-11-22T18:00:00Z","painTrend":"IMPROVING","openFlags":1,
                  "mostUrgentFlag":"URGENT"}]""".formatted(PATIENT, quote(name), PROGRAM);
    }

    public static String triage(String severity, String message) {
        return """
                {"reportId":"%s","severity":"%s","emergency":%s,"patientMessage":%s,"actionsTaken":[],
                 "flagId":%s,"rulesVersion":"2026.11"}""".formatted(REPORT, severity, "EMERGENCY".equals(severity),
                quote(message), "NONE".equals(severity) ? "null" : "\"" + FLAG + "\"");
    }

    public static final String TEMPLATES = """
            [{"slug":"low-back-basics","version":1,"name":"Low back basics","description":"Five gentle moves.",
              "builtIn":true,"itemCount":5,"totalSeconds":290}]""";

    public static final String VOCABULARY = """
            {"categories":["static-stretch"],"positions":["tabletop","supine"],"regions":["hip","lower-back"],
             "muscles":["glutes","hip-flexors"],"equipment":["mat"],"contraindications":["knee-pain","radiating-leg-pain"]}""";

    /** A catalog search answer: one exercise with a caution tag, and one whose name is markup. */
    public static final String SEARCH = """
            {"items":[{"slug":"figure-four","version":3,"name":"Figure Four","aliases":[],"purpose":"Stretches the glutes.",
              "category":"static-stretch","position":"supine","dosage":{"holdSeconds":30,"perSide":true},
              "regions":["hip"],"muscles":["glutes"],"equipment":["mat"],"contraindications":["knee-pain"]},
             {"slug":"evil","version":1,"name":"<script>alert('search')</script>","aliases":[],"purpose":"x",
              "category":"static-stretch","position":"supine","dosage":{"breaths":5,"perSide":false},
              "regions":["hip"],"muscles":["glutes"],"equipment":[],"contraindications":[]}],
             "total":2,"page":0,"size":20}""";
}
