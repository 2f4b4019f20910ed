package org.landscapelab.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.Request;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;
import org.landscapelab.lessons.LessonCatalog;
import org.landscapelab.lessons.LessonProblem;
import org.landscapelab.lessons.Step;
import org.landscapelab.lessons.WidgetSchemas;
import org.landscapelab.lessons.XssCorpusValidatorTest.Corpus;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The XSS corpus ({@code src/test/resources/xss/owasp-filter-evasion.txt}: the OWASP filter-evasion cases that
 * apply to lesson text, plus Markdown-specific ones) as a student's browser gets it. Every case the validator
 * accepts is one step of a lesson (50 steps a lesson), opening with a marker element; Chromium walks every step
 * with the Next button, as a student would. A case fails if a dialog opens, anything is assigned to
 * {@code window.__xss}, a request goes to any host but the app's, or the step's rendered content keeps an
 * {@code on*} attribute, a {@code javascript:}/{@code vbscript:}/{@code livescript:}/{@code data:text/html} URL,
 * or a {@code <script>}, {@code <iframe>}, {@code <object>}, {@code <embed>}, {@code <base>}, {@code <meta>},
 * {@code <link>}, {@code <form>} or {@code <style>} element. (An image on another host passes the sanitizer by
 * design; the content-security policy stops its request inside the browser, which the summary lists.) The cases
 * the validator refuses (KaTeX's trusted commands among them) never reach a student; {@code XssCorpusValidatorTest}
 * checks them. The output states the count: "XSS corpus: N cases rendered, 0 scripts ran".
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "lab.lessons-dir=target/it-lessons/xss")
class XssCorpusIT extends BrowserTest {

    private static final Path DIR = Path.of("target/it-lessons/xss");
    private static final List<Corpus.Case> ALL = Corpus.load();
    private static final List<Corpus.Case> CASES =
            ALL.stream().filter(c -> !c.refusedByValidator()).toList();
    /**
     * Cases per lesson: the player lists every step of a lesson on each step, so short lessons keep each step quick
     * to open (the corpus would fit one lesson file: it is far below 1 MB).
     */
    private static final int PER_LESSON = 50;

    private static final String FOREIGN = "request to another host: ";
    /** The lessons' slugs, {@code xss}, {@code xss-2}, …, and their cases. */
    private static final java.util.Map<String, List<Corpus.Case>> LESSONS = new java.util.LinkedHashMap<>();

    /**
     * Installed before any of the page's own scripts: alert, confirm, prompt and print are recorded (and still
     * called, so that {@code page.onDialog} sees them too), an assignment to {@code window.__xss} is recorded, and
     * so is a script the content-security policy blocked (a script that only the policy stopped is a miss too).
     */
    private static final String TRAP = """
            (() => {
              const hits = [];
              Object.defineProperty(window, '__xssHits', { value: hits, configurable: false, enumerable: false });
              for (const name of ['alert', 'confirm', 'prompt', 'print']) {
                const original = window[name];
                Object.defineProperty(window, name, { configurable: false, value: function (...args) {
                  hits.push(name + '(' + args.map(String).join(', ') + ')');
                  return original ? original.apply(window, args) : undefined;
                } });
              }
              Object.defineProperty(window, '__xss', { configurable: false,
                get() { return undefined; },
                set(value) { hits.push('window.__xss = ' + String(value)); } });
              document.addEventListener('securitypolicyviolation', e => {
                if (e.effectiveDirective.startsWith('script-src')) {
                  hits.push('script blocked by the content-security policy: ' + e.blockedURI + ' ' + e.sample);
                }
              }, true);
            })();
            """;

    /**
     * Waits until the step's images have loaded or failed (most handlers sit on images) and a frame more, then
     * lists what the rendered step keeps that it must not: forbidden elements, handler attributes, script URLs.
     */
    private static final String INSPECT = """
            async (article, marker) => {
              const images = [...article.querySelectorAll('img')].filter(i => !i.complete);
              await Promise.race([
                Promise.all(images.map(i => new Promise(r => {
                  i.addEventListener('load', r, { once: true });
                  i.addEventListener('error', r, { once: true });
                }))),
                new Promise(r => setTimeout(r, 3000))]);
              await new Promise(r => requestAnimationFrame(() => setTimeout(r, 0))); // autofocus, animations
              const found = [];
              const forbidden = new Set(['script', 'iframe', 'object', 'embed', 'base', 'meta', 'link', 'form',
                  'style', 'frame', 'frameset', 'applet']);
              const urls = new Set(['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'background',
                  'poster', 'dynsrc', 'lowsrc', 'srcset', 'codebase', 'cite', 'longdesc', 'usemap', 'ping', 'archive',
                  'classid', 'manifest', 'icon', 'srcdoc', 'values', 'to', 'from', 'by']);
              const schemes = ['javascript:', 'vbscript:', 'livescript:', 'data:text/html'];
              // what a browser ignores in a URL's scheme, and more: every space and control character anywhere
              const ignored = new RegExp('[\\u0000-\\u0020\\u007f-\\u00a0\\u00ad\\u1680\\u180e\\u2000-\\u200f'
                  + '\\u2028-\\u202f\\u205f-\\u2064\\u3000\\ufeff]', 'g');
              const bare = v => v.toLowerCase().replace(ignored, '');
              const scripted = v => schemes.some(s => v.startsWith(s));
              const name = el => '<' + el.localName + (el.id ? '#' + el.id : '') + '>';
              for (const el of [article, ...article.querySelectorAll('*')]) {
                if (forbidden.has(el.localName)) found.push('element ' + name(el));
                for (const a of el.attributes) {
                  const attr = a.name.toLowerCase();
                  if (attr.startsWith('on')) {
                    found.push('attribute ' + a.name + '="' + a.value + '" on ' + name(el));
                  } else if (urls.has(attr) || attr.endsWith(':href')) {
                    const value = bare(a.value);
                    if (attr === 'srcset' ? value.split(',').some(scripted) : scripted(value)) {
                      found.push('URL ' + a.name + '="' + a.value + '" on ' + name(el));
                    }
                  } else if (attr === 'style' && /(java|vb|live)script:|expression\\(|-moz-binding|behaviou?r:/
                      .test(bare(a.value))) {
                    found.push('style="' + a.value + '" on ' + name(el));
                  }
                }
              }
              const markers = article.querySelectorAll('.lab-step-content #' + CSS.escape(marker)).length;
              return { markers, found };
            }
            """;

    static {
        try {
            for (int from = 0; from < CASES.size(); from += PER_LESSON) {
                String slug = from == 0 ? "xss" : "xss-" + (from / PER_LESSON + 1);
                List<Corpus.Case> part = CASES.subList(from, Math.min(CASES.size(), from + PER_LESSON));
                LESSONS.put(slug, part);
                Files.createDirectories(DIR.resolve(slug));
                Files.writeString(DIR.resolve(slug).resolve("lesson.md"), Corpus.lesson("XSS corpus " + slug, part));
            }
            Files.writeString(
                    DIR.resolve("course.yml"),
                    "parts:\n  - title: XSS\n    lessons: [" + String.join(", ", LESSONS.keySet()) + "]\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @LocalServerPort
    int port;

    private BrowserContext context;
    private Page page;
    private PlayerPage player;
    private final List<String> dialogs = Collections.synchronizedList(new ArrayList<>());
    private final List<Request> foreignRequests = Collections.synchronizedList(new ArrayList<>());
    /** Requests to other hosts that the content-security policy stopped before they left the browser. */
    private final List<String> blockedByPolicy = new ArrayList<>();

    private long navigating;
    private long inspecting;
    /** Per case: what went wrong, for the summary line. */
    private final List<String> failures = new ArrayList<>();

    private int scriptsRan;
    private int rendered;
    private String onStep;
    private String onLesson;

    @TestFactory
    Stream<DynamicNode> no_case_of_the_corpus_runs_a_script_or_keeps_a_handler_or_script_url() throws IOException {
        // The app serves a lesson only when the validator finds no error in it: check first, with line numbers.
        LessonCatalog catalog = LessonCatalog.load(DIR, WidgetSchemas.none());
        assertThat(catalog.problems().stream().filter(LessonProblem::error).map(LessonProblem::toString))
                .as("errors in the corpus lessons")
                .isEmpty();
        for (var lesson : LESSONS.entrySet()) {
            assertThat(Files.size(DIR.resolve(lesson.getKey()).resolve("lesson.md")))
                    .as("a lesson file is under 1 MB")
                    .isLessThan(1_000_000);
            assertThat(catalog.find(lesson.getKey()).orElseThrow().steps())
                    .extracting(Step::id)
                    .as("one step per case in %s", lesson.getKey())
                    .containsExactlyElementsOf(
                            lesson.getValue().stream().map(Corpus.Case::stepId).toList());
        }

        context = browser.newContext();
        context.addInitScript(TRAP);
        context.onRequest(request -> {
            if (!fromTheApp(request.url())) {
                foreignRequests.add(request);
            }
        });
        page = context.newPage();
        player = new PlayerPage(page, "http://localhost:" + port);
        page.onDialog(dialog -> {
            dialogs.add(dialog.type() + ": " + dialog.message());
            dialog.dismiss();
        });

        List<DynamicNode> tests = new ArrayList<>();
        LESSONS.forEach((slug, cases) -> cases.forEach(c -> tests.add(dynamicTest(c.toString(), () -> play(slug, c)))));
        tests.add(dynamicTest("summary: no script ran in any case", this::summary));
        return Stream.of(dynamicContainer(
                "XSS corpus: " + CASES.size() + " cases in Chromium (" + (ALL.size() - CASES.size())
                        + " more refused by the validator)",
                tests));
    }

    @AfterEach
    void closeBrowserContext() {
        if (context != null) {
            context.close();
        }
    }

    private boolean fromTheApp(String url) {
        int colon = url.indexOf(':');
        String scheme = colon < 0 ? "" : url.substring(0, colon).toLowerCase();
        if (!List.of("http", "https", "ws", "wss", "ftp").contains(scheme)) {
            return true; // data:, blob:, about:blank: nothing leaves the browser
        }
        String rest = url.substring(colon + 1).replaceFirst("^/+", "");
        String authority = rest.split("[/?#]", 2)[0];
        return authority.equals("localhost:" + port);
    }

    /** Opens the case's step (Next from the step before; the address otherwise) and inspects what it rendered. */
    private void play(String slug, Corpus.Case c) {
        List<String> before = takeHits(); // a late handler of the step before still counts against that step
        if (before.stream().anyMatch(XssCorpusIT::scripted)) {
            scriptsRan++;
        }
        if (!before.isEmpty()) {
            failures.add("after " + onStep + ": " + before);
        }
        long start = System.nanoTime();
        String step = c.stepId();
        boolean next = slug.equals(onLesson);
        try {
            if (next) {
                // a click event straight to the button: the student's click, without Playwright's wait for a
                // steady layout, which would double the time per case
                player.next().dispatchEvent("click");
                player.waitForStep(step, 10_000);
            }
        } catch (PlaywrightException e) {
            next = false; // the step before took the page elsewhere: open this one by its address
        }
        if (!next) {
            player.openStep(slug, step);
        }
        onStep = step;
        onLesson = slug;
        rendered++;
        long shown = System.nanoTime();
        navigating += shown - start;

        @SuppressWarnings("unchecked")
        java.util.Map<String, Object> seen =
                (java.util.Map<String, Object>) player.step(step).evaluate(INSPECT, c.marker());
        inspecting += System.nanoTime() - shown;
        @SuppressWarnings("unchecked")
        List<String> problems = new ArrayList<>((List<String>) seen.get("found"));
        if (((Number) seen.get("markers")).intValue() != 1) {
            problems.add("the step does not show its marker #" + c.marker() + " once");
        }
        List<String> ran = takeHits();
        ran.forEach(h -> problems.add("ran: " + h));
        if (ran.stream().anyMatch(XssCorpusIT::scripted)) {
            scriptsRan++;
        }
        if (!problems.isEmpty()) {
            failures.add(c + ": " + problems);
        }
        assertThat(problems)
                .as("what %s left in the page or ran:%n%s%n", c, c.text())
                .isEmpty();
    }

    /** Hits recorded by the trap since the last call, dialogs and requests to other hosts included. */
    private List<String> takeHits() {
        List<String> hits = new ArrayList<>();
        if (page != null && onStep != null) {
            try {
                @SuppressWarnings("unchecked")
                List<String> trapped = (List<String>) page.evaluate("() => window.__xssHits.splice(0)");
                hits.addAll(trapped);
            } catch (PlaywrightException e) {
                hits.add("the page could not be read: "
                        + e.getMessage().lines().findFirst().orElse(""));
            }
        }
        synchronized (dialogs) {
            dialogs.forEach(d -> hits.add("dialog " + d));
            dialogs.clear();
        }
        List<Request> requests;
        synchronized (foreignRequests) {
            requests = List.copyOf(foreignRequests);
            foreignRequests.clear();
        }
        for (Request r : requests) {
            String failure = r.failure();
            if (failure == null) {
                try {
                    r.response(); // waits for the request to end
                } catch (PlaywrightException e) {
                    // it failed; the failure says how
                }
                failure = r.failure();
            }
            // Chromium reports a fetch the policy forbade as a failed request that never reached the network.
            if (failure != null && failure.toLowerCase(java.util.Locale.ROOT).contains("csp")) {
                blockedByPolicy.add(r.url() + " (" + failure + ")");
            } else {
                hits.add(FOREIGN + r.url() + (failure == null ? "" : " (" + failure + ")"));
            }
        }
        return hits;
    }

    /** A hit that means script ran (rather than the browser fetching from another host). */
    private static boolean scripted(String hit) {
        return !hit.startsWith(FOREIGN);
    }

    private void summary() {
        page.waitForTimeout(1_000); // what is still pending on the last step (a timer, a slow image) counts too
        List<String> late = takeHits();
        if (late.stream().anyMatch(XssCorpusIT::scripted)) {
            scriptsRan++;
        }
        if (!late.isEmpty()) {
            failures.add("after " + onStep + ": " + late);
        }
        System.out.println("XSS corpus: " + rendered + " cases rendered, " + scriptsRan + " scripts ran, "
                + failures.size() + " cases failed (" + (ALL.size() - CASES.size())
                + " more cases refused by the validator, see XssCorpusValidatorTest)");
        failures.forEach(f -> System.out.println("  " + f));
        System.out.println(
                "  requests to other hosts that the content-security policy kept in the browser: " + blockedByPolicy);
        System.out.printf(
                "  per case: %d ms to open the step, %d ms to inspect it%n",
                navigating / 1_000_000 / Math.max(1, rendered), inspecting / 1_000_000 / Math.max(1, rendered));
        assertThat(rendered).as("cases rendered").isEqualTo(CASES.size()).isGreaterThanOrEqualTo(100);
        assertThat(failures).isEmpty();
    }
}
