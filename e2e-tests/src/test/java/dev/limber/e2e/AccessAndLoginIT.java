package dev.limber.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Who gets in and what they see first: sign-in through Keycloak's own page, each user's landing page, the
 * clinic boundary on the caseload, and sign-out ending the Keycloak session too. Demo data:
 * deploy/local/demo/*.sql.
 */
@EndToEndTest
class AccessAndLoginIT {

    /** tara's demo caseload (clinic A); Daniel Kowalski has the one open flag, a REVIEW. */
    private static final List<String> TARAS_PATIENTS = List.of("Daniel Kowalski", "Grace Adeyemi", "Harold Briggs",
            "Margaret Ellison", "Pat Moreno", "Paul Nguyen", "Sofia Mendes");
    private static final String CLINIC_B_PATIENT = "Pia Schmidt";
    /** Daniel Kowalski, a clinic A patient. */
    private static final String CLINIC_A_PATIENT_PAGE = "/therapist/patients/d0000000-0000-4000-8000-000000000012";

    @Test
    void signedOutVisitorIsSentToKeycloakLogin(Portal portal) {
        portal.open("/therapist");

        Page page = portal.page();
        assertThat(page).hasURL(Portal.KEYCLOAK_LOGIN);
        assertThat(page.locator("#username")).isVisible();
        assertThat(page.locator("#password")).isVisible();
        portal.step("keycloak login");
        assertFalse(page.content().contains("Your patients"), "no portal content before signing in");
    }

    @Test
    void therapistSeesHerCaseloadWithTheFlaggedPatientFirst(Portal portal) {
        portal.signInAs(DemoUser.TARA);

        Page page = portal.page();
        assertThat(page).hasURL(Portal.URL + "/therapist");
        assertThat(portal.heading()).hasText("Your patients");
        List<String> names = patientNames(page);
        assertTrue(names.containsAll(TARAS_PATIENTS), "tara's demo patients are listed: " + names);
        assertFalse(names.contains(CLINIC_B_PATIENT), "clinic B's patient is not: " + names);

        Locator daniel = caseloadRow(page, "Daniel Kowalski");
        assertThat(daniel.locator("td").first()).containsText("REVIEW");
        int danielAt = names.indexOf("Daniel Kowalski");
        List<String> flags = page.locator("table.caseload tbody tr td:first-of-type").allInnerTexts();
        for (int i = 0; i < names.size(); i++) {
            if (flags.get(i).strip().equals("None")) {
                assertTrue(danielAt < i, "the patient with an open flag comes before " + names.get(i) + ": " + names);
            }
        }
        portal.step("caseload");
    }

    @Test
    void therapistOfTheOtherClinicSeesOnlyHerOwnPatients(Portal portal) {
        portal.signInAs(DemoUser.OLGA);

        Page page = portal.page();
        assertThat(page).hasURL(Portal.URL + "/therapist");
        assertThat(portal.heading()).hasText("Your patients");
        List<String> names = patientNames(page);
        assertEquals(List.of(CLINIC_B_PATIENT), names, "olga's caseload is clinic B's patient only");
        portal.step("caseload");

        portal.assertNotFound(CLINIC_A_PATIENT_PAGE, "Daniel");
        portal.step("clinic A patient not found");
    }

    @Test
    void patientLandsOnHisOwnPageAndCannotOpenTheCaseload(Portal portal) {
        portal.signInAs(DemoUser.PAUL);

        Page page = portal.page();
        assertThat(page).hasURL(Portal.URL + "/me");
        assertThat(portal.heading()).hasText("Today's exercises");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Caseload"))).hasCount(0);
        portal.step("today");

        portal.assertNotFound("/therapist", "Daniel");
        portal.step("caseload not found");
    }

    @Test
    void signingOutEndsTheKeycloakSessionToo(Portal portal) {
        portal.signInAs(DemoUser.TARA);
        assertThat(portal.page()).hasURL(Portal.URL + "/therapist");

        portal.signOut();
        portal.open("/therapist");

        Page page = portal.page();
        assertThat(page).hasURL(Portal.KEYCLOAK_LOGIN);
        assertThat(page.locator("#password")).isVisible();
        portal.step("password asked again");
    }

    private static List<String> patientNames(Page page) {
        Locator rows = page.locator("table.caseload tbody tr");
        assertThat(rows.first()).isVisible();
        return rows.locator("th").allInnerTexts().stream().map(String::strip).toList();
    }

    private static Locator caseloadRow(Page page, String name) {
        return page.locator("table.caseload tbody tr").filter(new Locator.FilterOptions().setHas(
                page.locator("th", new Page.LocatorOptions().setHasText(Pattern.compile("^" + Portal.literal(name) + "$")))));
    }
}
