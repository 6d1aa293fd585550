package dev.limber.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The core journey, in order on one stack: tara prescribes pat the 5-minute release with a changed hold;
 * pat does it with the timer and logs it; pat reports saddle numbness and sees the emergency page at once;
 * tara finds the EMERGENCY first, acknowledges and resolves it. Then the boundaries: paul cannot open pat's
 * pages, and a form posted without its CSRF token changes nothing.
 */
@EndToEndTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ProgramJourneyIT {

    /** pat's patient record in the demo data (deploy/local/demo). */
    static final String PAT = "d0000000-0000-4000-8000-000000000003";
    static final String TEMPLATE = "Five-Minute Lower Back and Hip Release";
    static final String CHANGED = "Runner's Lunge";
    static final int NEW_HOLD = 20;

    /** Set by the steps, read by the later ones. */
    static String programPath;
    static String reportPath;

    static Locator item(Page page, String name) {
        return page.locator("fieldset.item").filter(new Locator.FilterOptions().setHasText(name));
    }

    static Locator button(Page page, String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    static Locator link(Page page, String name) {
        return page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    static Locator status(Page page) {
        return page.locator("main [role=status]").first();
    }

    @Test
    @Order(1)
    void taraBuildsPatAProgramFromTheFiveMinuteTemplateAndActivatesIt(Portal portal) {
        portal.signInAs(DemoUser.TARA);
        Page page = portal.page();
        link(page, "Pat Moreno").click();
        assertThat(portal.heading()).hasText("Pat Moreno");
        portal.step("pat's page");

        link(page, "New program").click();
        page.getByLabel("Start from template").selectOption(new com.microsoft.playwright.options.SelectOption()
                .setLabel(TEMPLATE + " (5 exercises, about 5 min)"));
        page.getByLabel("Program title").fill("Lower back release");
        portal.step("new program form");
        button(page, "Create draft").click();
        assertThat(status(page)).containsText("Draft program created.");
        assertThat(page.locator("fieldset.item")).hasCount(5);
        programPath = page.url().substring(Portal.URL.length());
        portal.step("draft from template");

        Locator hold = item(page, CHANGED).getByLabel("Hold (seconds)");
        assertThat(hold).hasValue("30");
        hold.fill(String.valueOf(NEW_HOLD));
        button(page, "Save changes").click();
        assertThat(status(page)).containsText("Program saved.");
        assertThat(item(page, CHANGED).getByLabel("Hold (seconds)")).hasValue(String.valueOf(NEW_HOLD));
        portal.step("hold changed");

        button(page, "Activate program").click();
        assertThat(status(page)).containsText("Program activated.");
        assertThat(page.locator("p.status")).containsText("active");
        portal.step("activated");
    }

    @Test
    @Order(2)
    void patSeesTheNewHoldRunsTheTimerAndLogsTheSession(Portal portal) {
        Page page = portal.page();
        page.clock().install();
        portal.signInAs(DemoUser.PAT);
        assertThat(portal.heading()).hasText("Today's exercises");
        Locator lunge = page.locator("li.card").filter(new Locator.FilterOptions().setHasText(CHANGED));
        assertThat(lunge.locator(".dosage")).hasText("Hold " + NEW_HOLD + " seconds, on each side.");
        portal.step("today");

        lunge.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Start timer for " + CHANGED)).click();
        assertThat(lunge.locator("[role=timer]")).containsText("Left side");
        portal.step("timer running");
        page.clock().runFor((NEW_HOLD * 2 + 5) * 1000L);
        assertThat(lunge.locator(".timer-status")).hasText("Done. Well done!");
        portal.step("timer done");

        link(page, "Log a session").first().click();
        assertThat(portal.heading()).hasText("Log a session");
        for (Locator box : page.locator("input[name=done]").all()) {
            box.check();
        }
        page.getByLabel("Pain before you started (0-10)").selectOption("3");
        page.getByLabel("Worst pain during the exercises (0-10)").selectOption("3");
        page.getByLabel("Pain after you finished (0-10)").selectOption("3");
        page.getByLabel("About right").check();
        portal.step("session form");
        button(page, "Save session").click();
        assertThat(status(page)).containsText("Session saved.");
        assertThat(portal.heading()).hasText("How are you feeling?");
        portal.step("session saved");

        page.navigate(Portal.URL + "/me/history");
        assertThat(page.locator("ul.sessions li").first()).containsText("all done; pain 3 before, 3 after");
        // Adherence week by week from program-service: weeks before the program began prescribed nothing,
        // this week counts today's session.
        Locator weeks = page.locator("table:has(caption:text('Adherence per week')) tbody tr");
        assertThat(weeks.first().locator("td")).hasText("nothing prescribed");
        assertThat(weeks.last().locator("td")).hasText(Pattern.compile("^\\d+%$"));
        assertThat(page.locator("svg rect.bar")).hasCount(1);
        portal.step("history");
    }

    @Test
    @Order(3)
    void patReportsSaddleNumbnessAndSeesTheEmergencyPageAtOnce(Portal portal) {
        portal.signInAs(DemoUser.PAT);
        Page page = portal.page();
        link(page, "Report a symptom").click();
        page.getByLabel("Between your legs or around your bottom (the area a saddle touches)").check();
        for (Locator question : page.locator("fieldset.yes-no").all()) {
            question.getByLabel("No", new Locator.GetByLabelOptions().setExact(true)).check();
        }
        portal.step("check-in");
        button(page, "Send").click();

        assertThat(page.locator(".emergency-page[role=alert]")).isVisible();
        assertThat(portal.heading()).hasText("Get emergency help now");
        assertThat(page.locator(".emergency-page")).containsText("Your exercises are paused");
        reportPath = page.url().substring(Portal.URL.length());
        portal.step("emergency page");

        link(page, "Today").click();
        assertThat(page.locator("main")).containsText("Your exercises are paused.");
        portal.step("program paused");
    }

    @Test
    @Order(4)
    void taraSeesTheEmergencyFirstAcknowledgesAndResolvesIt(Portal portal) {
        portal.signInAs(DemoUser.TARA);
        Page page = portal.page();
        assertThat(page.locator("main .banner[role=alert]")).containsText("1 patient needs you now");
        Locator first = page.locator("table.caseload tbody tr").first();
        assertThat(first.locator("th")).hasText("Pat Moreno");
        assertThat(first).containsText("EMERGENCY");
        portal.step("caseload emergency first");

        link(page, "Flags").click();
        Locator top = page.locator("article.flag-card").first();
        assertThat(top).containsText("EMERGENCY");
        assertThat(top).containsText("Pat Moreno");
        portal.step("inbox emergency first");

        top.getByRole(AriaRole.LINK).click();
        button(page, "Acknowledge").click();
        assertThat(status(page)).containsText("Flag acknowledged.");
        portal.step("acknowledged");

        page.getByLabel("Referred to emergency care").check();
        page.getByLabel("Note (optional)").fill("Phoned pat; went to the emergency department.");
        button(page, "Resolve").click();
        assertThat(status(page)).containsText("Flag resolved.");
        assertThat(page.locator("main")).containsText("Resolved");
        portal.step("resolved");
    }

    @Test
    @Order(5)
    void paulCannotOpenPatsPages(Portal portal) {
        assertNotNull(reportPath, "pat's check-in ran first");
        portal.signInAs(DemoUser.PAUL);
        for (String path : new String[] {"/therapist/patients/" + PAT, programPath, reportPath}) {
            portal.assertNotFound(path, "Pat");
        }
        portal.step("pat's pages not found");
    }

    @Test
    @Order(6)
    void aFormPostedWithoutItsCsrfTokenIsRejectedAndChangesNothing(Portal portal) {
        assertNotNull(programPath, "the program was built first");
        portal.signInAs(DemoUser.TARA);
        Page page = portal.page();
        portal.open(programPath);
        page.getByLabel("Program title").fill("Forged title");
        page.evaluate("document.querySelectorAll('input[name=csrf-token]').forEach(e => e.remove())");
        Response rejected = page.waitForResponse(r -> r.request().method().equals("POST"),
                () -> button(page, "Save changes").click());
        assertEquals(400, rejected.status(), "the CSRF filter refuses the form");
        portal.step("rejected without token");

        portal.open(programPath);
        assertThat(page.getByLabel("Program title")).hasValue("Lower back release");
        portal.step("nothing changed");
    }

}
