package org.landscapelab.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.RequestOptions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.landscapelab.security.InstructorAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Sign-in through an institution's OpenID Connect provider, by Spring's real authorization-code flow against a
 * small provider run by the test: an instructor the administrator added gets the class view; anyone else does not;
 * a student who signs in gets their name in the class view and finds their progress on another device.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OidcIT extends PageTest {

    private static final FakeOidcProvider PROVIDER;

    static {
        try {
            PROVIDER = new FakeOidcProvider();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @DynamicPropertySource
    static void provider(DynamicPropertyRegistry registry) {
        String p = "spring.security.oauth2.client.";
        registry.add(p + "registration.campus.client-id", () -> FakeOidcProvider.CLIENT_ID);
        registry.add(p + "registration.campus.client-secret", () -> FakeOidcProvider.CLIENT_SECRET);
        registry.add(p + "registration.campus.client-name", () -> "Campus");
        registry.add(p + "registration.campus.scope", () -> "openid,email,profile");
        registry.add(p + "provider.campus.issuer-uri", PROVIDER::issuer);
    }

    @AfterAll
    static void stopProvider() {
        PROVIDER.close();
    }

    @Autowired
    InstructorAccounts accounts;

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    @Test
    void an_instructor_added_by_e_mail_signs_in_through_the_provider_and_a_stranger_gets_no_class_view() {
        accounts.add("prof@college.edu", null, false, "test");
        PROVIDER.signInNext(new FakeOidcProvider.Person("sub-prof", "Prof@College.edu", true, "Prof Ada"));
        page.navigate(url("/instructor"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sign in with Campus"))
                .click();
        page.waitForURL(u -> u.matches(".*/instructor(\\?continue)?"));
        page.locator(".lab-class-summary").waitFor();
        assertThat(page.locator(".lab-class-who").innerText()).contains("Signed in as Prof@College.edu");

        // Someone the provider knows but no administrator added: signed in, yet no instructor.
        BrowserContext other = browser.newContext();
        try {
            Page p = other.newPage();
            PROVIDER.signInNext(new FakeOidcProvider.Person("sub-x", "x@college.edu", true, "X"));
            p.navigate(url("/login"));
            p.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sign in with Campus"))
                    .click();
            p.waitForURL("**/progress");
            assertThat(other.request()
                            .get(
                                    url("/instructor/class.csv"),
                                    RequestOptions.create().setMaxRedirects(0))
                            .status())
                    .isEqualTo(403);
        } finally {
            other.close();
        }

        // An address the provider does not vouch for is not taken as the instructor's.
        BrowserContext unverified = browser.newContext();
        try {
            Page p = unverified.newPage();
            PROVIDER.signInNext(new FakeOidcProvider.Person("sub-fake", "prof@college.edu", false, "Not Prof"));
            p.navigate(url("/login"));
            p.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sign in with Campus"))
                    .click();
            p.waitForURL("**/progress");
            assertThat(unverified
                            .request()
                            .get(
                                    url("/instructor/class.csv"),
                                    RequestOptions.create().setMaxRedirects(0))
                            .status())
                    .isEqualTo(403);
        } finally {
            unverified.close();
        }
    }

    @Test
    void a_student_who_signs_in_is_named_in_the_class_and_finds_their_progress_on_another_device() {
        new PlayerPage(page, url("")).passOptimum();
        new LabPage(page, url("")).open("/progress");
        PROVIDER.signInNext(new FakeOidcProvider.Person("sub-stu", "stu@college.edu", true, "Stu Dent"));
        page.locator(".lab-learner-sign-in").click();
        page.waitForURL("**/progress");
        page.locator(".lab-learner-name").waitFor();
        assertThat(page.locator(".lab-learner-name").innerText()).startsWith("Signed in as Stu Dent.");

        BrowserContext phone = browser.newContext();
        try {
            Page p = phone.newPage();
            Locator row = new LabPage(p, url("")).open("/progress").progressRow("two-layer-networks");
            assertThat(row.getAttribute("data-progress")).contains("0 of");
            PROVIDER.signInNext(new FakeOidcProvider.Person("sub-stu", "stu@college.edu", true, "Stu Dent"));
            p.locator(".lab-learner-sign-in").click();
            p.waitForURL("**/progress");
            p.waitForCondition(() -> row.getAttribute("data-progress").matches(".*· 1 of \\d+ checkpoints? passed"));
        } finally {
            phone.close();
        }

        accounts.add("teacher@college.edu", null, false, "test");
        BrowserContext staff = browser.newContext();
        try {
            Page t = staff.newPage();
            PROVIDER.signInNext(new FakeOidcProvider.Person("sub-t", "teacher@college.edu", true, "Teacher"));
            t.navigate(url("/instructor"));
            t.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sign in with Campus"))
                    .click();
            t.locator(".lab-class-learner-table").waitFor();
            assertThat(t.locator(".lab-class-learner-table td").allInnerTexts()).contains("Stu Dent");
        } finally {
            staff.close();
        }
    }
}
