package dev.limber.program.triage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Scenario table for the check-in rules: answers in; severity, rules, actions and message out. */
class RedFlagRulesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', nullValues = "-", value = {
            // scenario; numbness; bladder/bowel; fever; trauma; weakness worse; below knee; night pain; weight loss; cancer; age; pain days; severity; rules; actions
            "nothing to flag;                     -;              n;n;n;n;n;n;n;n; 40; 10; -;         -;                                        -",
            "saddle numbness;                     SADDLE;         n;n;n;n;n;n;n;n; 40; 10; EMERGENCY; ces-saddle-numbness;                      PAUSE_PROGRAM|ALERT_THERAPIST|ALERT_CLINIC_ADMINS",
            "new bladder or bowel problem;        -;              y;n;n;n;n;n;n;n; 40; 10; EMERGENCY; ces-bladder-bowel;                        PAUSE_PROGRAM|ALERT_THERAPIST|ALERT_CLINIC_ADMINS",
            "numbness in both legs;               BOTH_LEGS;      n;n;n;n;n;n;n;n; 40; 10; EMERGENCY; ces-both-legs;                            PAUSE_PROGRAM|ALERT_THERAPIST|ALERT_CLINIC_ADMINS",
            "leg weakness getting worse;          -;              n;n;n;y;n;n;n;n; 40; 10; EMERGENCY; ces-progressive-weakness;                 PAUSE_PROGRAM|ALERT_THERAPIST|ALERT_CLINIC_ADMINS",
            "saddle and bladder together;         SADDLE;         y;n;n;n;n;n;n;n; 40; 10; EMERGENCY; ces-saddle-numbness|ces-bladder-bowel;    PAUSE_PROGRAM|ALERT_THERAPIST|ALERT_CLINIC_ADMINS",
            "saddle numbness with sciatica;       SADDLE|ONE_LEG; n;n;n;n;y;n;n;n; 40; 10; EMERGENCY; ces-saddle-numbness|radicular-below-knee|radicular-numbness; PAUSE_PROGRAM|ALERT_THERAPIST|ALERT_CLINIC_ADMINS|HOLD_RADIATING_LEG_PAIN_ITEMS",
            "emergency outranks fever;            BOTH_LEGS;      n;y;n;n;n;n;n;n; 40; 10; EMERGENCY; ces-both-legs|infection-fever;           PAUSE_PROGRAM|ALERT_THERAPIST|ALERT_CLINIC_ADMINS",
            "fever or unwell;                     -;              n;y;n;n;n;n;n;n; 40; 10; URGENT;    infection-fever;                          ALERT_THERAPIST",
            "recent trauma;                       -;              n;n;y;n;n;n;n;n; 40; 10; URGENT;    fracture-trauma;                          ALERT_THERAPIST",
            "unexplained weight loss;             -;              n;n;n;n;n;n;y;n; 40; 10; URGENT;    cancer-weight-loss;                       ALERT_THERAPIST",
            "history of cancer;                   -;              n;n;n;n;n;n;n;y; 40; 10; URGENT;    cancer-history;                           ALERT_THERAPIST",
            "night pain not easing;               -;              n;n;n;n;n;y;n;n; 40; 10; URGENT;    night-pain;                               ALERT_THERAPIST",
            "cancer history and weight loss;      -;              n;n;n;n;n;n;y;y; 40; 10; URGENT;    cancer-weight-loss|cancer-history;        ALERT_THERAPIST",
            "fever with radiating pain;           -;              n;y;n;n;y;n;n;n; 40; 10; URGENT;    infection-fever|radicular-below-knee;     ALERT_THERAPIST|HOLD_RADIATING_LEG_PAIN_ITEMS",
            "trauma over 50 with new pain;        -;              n;n;y;n;n;n;n;n; 67; 3;  URGENT;    fracture-trauma|age-over-50-new-pain;     ALERT_THERAPIST",
            "pain below the knee;                 -;              n;n;n;n;y;n;n;n; 40; 10; REVIEW;    radicular-below-knee;                     HOLD_RADIATING_LEG_PAIN_ITEMS",
            "tingling in one leg;                 ONE_LEG;        n;n;n;n;n;n;n;n; 40; 10; REVIEW;    radicular-numbness;                       HOLD_RADIATING_LEG_PAIN_ITEMS",
            "tingling in the feet;                FEET;           n;n;n;n;n;n;n;n; 40; 10; REVIEW;    radicular-numbness;                       HOLD_RADIATING_LEG_PAIN_ITEMS",
            "one leg and below knee;              ONE_LEG;        n;n;n;n;y;n;n;n; 40; 10; REVIEW;    radicular-below-knee|radicular-numbness;  HOLD_RADIATING_LEG_PAIN_ITEMS",
            "pain of 43 days;                     -;              n;n;n;n;n;n;n;n; 40; 43; REVIEW;    persistent-pain;                          -",
            "pain of exactly six weeks;           -;              n;n;n;n;n;n;n;n; 40; 42; -;         -;                                        -",
            "pain of a year;                      -;              n;n;n;n;n;n;n;n; 40; 365; REVIEW;   persistent-pain;                          -",
            "age 51 with new pain;                -;              n;n;n;n;n;n;n;n; 51; 5;  REVIEW;    age-over-50-new-pain;                     -",
            "age exactly 50 with new pain;        -;              n;n;n;n;n;n;n;n; 50; 5;  -;         -;                                        -",
            "age 51 with pain of six weeks;       -;              n;n;n;n;n;n;n;n; 51; 42; REVIEW;    age-over-50-new-pain;                     -",
            "age 70 with long-standing pain;      -;              n;n;n;n;n;n;n;n; 70; 200; REVIEW;   persistent-pain;                          -",
            "age unknown;                         -;              n;n;n;n;n;n;n;n; -;  5;  -;         -;                                        -",
            "onset unknown;                       -;              n;n;n;n;n;n;n;n; 70; -;  -;         -;                                        -",
            "young patient with new pain;         -;              n;n;n;n;n;n;n;n; 25; 1;  -;         -;                                        -",
            "long pain with radiating leg pain;   -;              n;n;n;n;y;n;n;n; 40; 60; REVIEW;    radicular-below-knee|persistent-pain;     HOLD_RADIATING_LEG_PAIN_ITEMS",
            "everything at once;                  SADDLE|BOTH_LEGS|ONE_LEG|FEET; y;y;y;y;y;y;y;y; 60; 100; EMERGENCY; ces-saddle-numbness|ces-bladder-bowel|ces-both-legs|ces-progressive-weakness|infection-fever|fracture-trauma|cancer-weight-loss|cancer-history|night-pain|radicular-below-knee|radicular-numbness|persistent-pain; PAUSE_PROGRAM|ALERT_THERAPIST|ALERT_CLINIC_ADMINS|HOLD_RADIATING_LEG_PAIN_ITEMS",
    })
    void scenario(String name, String numbness, String bladder, String fever, String trauma, String weakness,
            String belowKnee, String night, String weightLoss, String cancer, Integer age, Integer painDays,
            Severity severity, String rules, String actions) {
        SymptomAnswers answers = new SymptomAnswers(areas(numbness), yes(bladder), yes(fever), yes(trauma), yes(weakness),
                yes(belowKnee), yes(night), yes(weightLoss), yes(cancer), 4);
        PatientFacts patient = new PatientFacts(age == null ? null : TODAY.getYear() - age,
                painDays == null ? null : TODAY.minusDays(painDays), TODAY);

        Triage triage = RedFlagRules.triage(answers, patient);

        assertEquals(severity, triage.severity(), name);
        assertEquals(set(rules), triage.fired().stream().map(TriageRule.FiredRule::id).collect(Collectors.toSet()), name);
        assertEquals(actions == null ? Set.of() : Arrays.stream(actions.split("\\|")).map(String::trim)
                .map(TriageAction::valueOf).collect(Collectors.toSet()), triage.actions(), name);
        assertEquals(RedFlagRules.VERSION, triage.rulesVersion());
        assertEquals(severity, triage.fired().isEmpty() ? null : triage.fired().get(0).severity(),
                "most urgent rule listed first");
    }

    @Test
    void emergencyMessageTellsThePatientToGetHelpNowInPlainWords() {
        Triage t = RedFlagRules.triage(answers(NumbnessArea.SADDLE), facts());
        assertTrue(t.patientMessage().contains("Get emergency help now"));
        assertTrue(t.patientMessage().contains("emergency department"));
        assertTrue(t.patientMessage().contains("Your exercises are paused"));
        assertFalse(t.patientMessage().contains("cauda equina"), "no jargon for the patient");
    }

    @Test
    void urgentMessageSaysToday() {
        Triage t = RedFlagRules.triage(new SymptomAnswers(Set.of(), false, true, false, false, false, false, false, false, 5), facts());
        assertTrue(t.patientMessage().startsWith("Please contact your doctor or your therapist today"));
    }

    @Test
    void heldExercisesAreExplainedToThePatient() {
        Triage t = RedFlagRules.triage(answers(NumbnessArea.ONE_LEG), facts());
        assertTrue(t.patientMessage().contains("Some exercises are on hold"));
    }

    @Test
    void nothingToFlagReassures() {
        Triage t = RedFlagRules.triage(SymptomAnswers.none(), facts());
        assertFalse(t.flagged());
        assertTrue(t.patientMessage().startsWith("Thank you. Nothing you told us needs action now."));
    }

    @Test
    void everyPatientMessageIsPlainLanguage() {
        for (String message : new String[] {PatientMessages.EMERGENCY, PatientMessages.URGENT, PatientMessages.REVIEW,
                PatientMessages.HOLD, PatientMessages.ADHERENCE, PatientMessages.NOTHING}) {
            for (String sentence : message.trim().split("\\. ")) {
                assertTrue(sentence.split(" ").length <= 20, "short sentence: " + sentence);
            }
            assertFalse(message.matches(".*\\b[A-Z]{2,}\\b.*"), "no abbreviations: " + message);
        }
    }

    @Test
    void everyRuleHasAnIdExplanationAndSource() {
        Set<String> ids = new java.util.HashSet<>();
        for (TriageRule<?> rule : RedFlagRules.RULES) {
            assertTrue(ids.add(rule.id()), "unique id " + rule.id());
            assertFalse(rule.explanation().isBlank());
            assertFalse(rule.source().isBlank());
        }
    }

    private static SymptomAnswers answers(NumbnessArea area) {
        return new SymptomAnswers(Set.of(area), false, false, false, false, false, false, false, false, 6);
    }

    private static PatientFacts facts() {
        return new PatientFacts(1980, TODAY.minusDays(10), TODAY);
    }

    private static Set<NumbnessArea> areas(String value) {
        if (value == null) {
            return Set.of();
        }
        EnumSet<NumbnessArea> set = EnumSet.noneOf(NumbnessArea.class);
        Arrays.stream(value.split("\\|")).map(String::trim).map(NumbnessArea::valueOf).forEach(set::add);
        return set;
    }

    private static Set<String> set(String value) {
        return value == null ? Set.of() : Arrays.stream(value.split("\\|")).map(String::trim).collect(Collectors.toSet());
    }

    private static boolean yes(String value) {
        return "y".equals(value);
    }
}
