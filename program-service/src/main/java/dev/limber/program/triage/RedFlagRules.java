package dev.limber.program.triage;

import static dev.limber.program.triage.TriageAction.ALERT_CLINIC_ADMINS;
import static dev.limber.program.triage.TriageAction.ALERT_THERAPIST;
import static dev.limber.program.triage.TriageAction.HOLD_RADIATING_LEG_PAIN_ITEMS;
import static dev.limber.program.triage.TriageAction.PAUSE_PROGRAM;

import java.util.List;
import java.util.Set;

/**
 * The red-flag rules applied to a symptom check-in, as data. Each rule cites its source; the
 * sources and the reasoning are in docs/clinical-rules.md ("Red flags"). Changing a rule means
 * changing {@link #VERSION}: every flag records the version that produced it.
 */
public final class RedFlagRules {

    public static final String VERSION = "red-flags-2026.11-1";

    /** Pain lasting longer than this is persistent (seed 001: "the pain persists for over six weeks"). */
    static final int PERSISTENT_PAIN_DAYS = 42;
    /** Seed 001 and NICE CKS: "over 50 years old" with new back pain. */
    static final int AGE_THRESHOLD = 50;

    /** The answers and the patient record, as the rules see them. */
    public record CheckIn(SymptomAnswers answers, PatientFacts patient) {
    }

    private static final Set<TriageAction> EMERGENCY_ACTIONS = Set.of(PAUSE_PROGRAM, ALERT_THERAPIST, ALERT_CLINIC_ADMINS);
    private static final Set<TriageAction> URGENT_ACTIONS = Set.of(ALERT_THERAPIST);
    private static final String NICE_CES = "NICE NG59 and NICE CKS Back pain - low: red flags for cauda equina syndrome";
    private static final String NICE_SERIOUS = "NICE NG59 and NICE CKS Back pain - low: red flags for infection, fracture and cancer";

    static final List<TriageRule<CheckIn>> RULES = List.of(
            new TriageRule<>("ces-saddle-numbness", Severity.EMERGENCY, EMERGENCY_ACTIONS,
                    "Numbness or tingling in the saddle or groin area (possible cauda equina syndrome)",
                    NICE_CES + "; seed 001 (tingling or numbness)",
                    c -> c.answers().numbness().contains(NumbnessArea.SADDLE)),
            new TriageRule<>("ces-bladder-bowel", Severity.EMERGENCY, EMERGENCY_ACTIONS,
                    "New difficulty passing urine, or loss of bladder or bowel control (possible cauda equina syndrome)",
                    NICE_CES + "; seed 001 (loss of bladder and bowel function)",
                    c -> c.answers().newBladderOrBowelProblem()),
            new TriageRule<>("ces-both-legs", Severity.EMERGENCY, EMERGENCY_ACTIONS,
                    "Numbness or tingling in both legs (possible cauda equina syndrome)",
                    NICE_CES, c -> c.answers().numbness().contains(NumbnessArea.BOTH_LEGS)),
            new TriageRule<>("ces-progressive-weakness", Severity.EMERGENCY, EMERGENCY_ACTIONS,
                    "Leg weakness that is getting worse (progressive neurological deficit)",
                    NICE_CES, c -> c.answers().legWeaknessWorsening()),
            new TriageRule<>("infection-fever", Severity.URGENT, URGENT_ACTIONS,
                    "Fever or feeling unwell with back pain (possible infection)",
                    NICE_SERIOUS + "; seed 001 (fever)", c -> c.answers().feverOrUnwell()),
            new TriageRule<>("fracture-trauma", Severity.URGENT, URGENT_ACTIONS,
                    "A recent fall, accident or other trauma (possible fracture)",
                    NICE_SERIOUS + "; seed 001 (trauma such as a high fall or car accident)",
                    c -> c.answers().recentTrauma()),
            new TriageRule<>("cancer-weight-loss", Severity.URGENT, URGENT_ACTIONS,
                    "Unexplained weight loss (possible cancer)", NICE_SERIOUS,
                    c -> c.answers().unexplainedWeightLoss()),
            new TriageRule<>("cancer-history", Severity.URGENT, URGENT_ACTIONS,
                    "A history of cancer with back pain (possible spread to the spine)", NICE_SERIOUS,
                    c -> c.answers().historyOfCancer()),
            new TriageRule<>("night-pain", Severity.URGENT, URGENT_ACTIONS,
                    "Pain at night that does not ease with rest (possible serious cause)", NICE_SERIOUS,
                    c -> c.answers().nightPainNotEasing()),
            new TriageRule<>("radicular-below-knee", Severity.REVIEW, Set.of(HOLD_RADIATING_LEG_PAIN_ITEMS),
                    "Pain radiating below the knee (nerve root pain): stretches of the back of the leg put on hold",
                    "NICE NG59 (sciatica); seed 001 (hamstring stretching with pain radiating down the legs)",
                    c -> c.answers().painBelowKnee()),
            new TriageRule<>("radicular-numbness", Severity.REVIEW, Set.of(HOLD_RADIATING_LEG_PAIN_ITEMS),
                    "Numbness or tingling in one leg or the feet (nerve root symptoms): stretches of the back of the leg put on hold",
                    "NICE NG59 (sciatica); seed 001 (pain, tingling, numbness down the lower extremity)",
                    c -> c.answers().numbness().contains(NumbnessArea.ONE_LEG)
                            || c.answers().numbness().contains(NumbnessArea.FEET)),
            new TriageRule<>("persistent-pain", Severity.REVIEW, Set.of(),
                    "Pain has lasted more than six weeks", "Seed 001 (the pain persists for over six weeks)",
                    c -> c.patient().painDays() != null && c.patient().painDays() > PERSISTENT_PAIN_DAYS),
            new TriageRule<>("age-over-50-new-pain", Severity.REVIEW, Set.of(),
                    "Over 50 with back pain that started in the last six weeks",
                    "NICE CKS Back pain - low (age over 50 as a risk factor for cancer); seed 001 (over 50 years old)",
                    c -> c.patient().age() != null && c.patient().age() > AGE_THRESHOLD
                            && c.patient().painDays() != null && c.patient().painDays() <= PERSISTENT_PAIN_DAYS));

    private RedFlagRules() {
    }

    public static Triage triage(SymptomAnswers answers, PatientFacts patient) {
        CheckIn checkIn = new CheckIn(answers, patient);
        return Triage.of(RULES.stream().filter(r -> r.fires().test(checkIn)).map(TriageRule::fire).toList(), VERSION);
    }
}
