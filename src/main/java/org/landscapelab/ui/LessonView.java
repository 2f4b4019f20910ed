package org.landscapelab.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.landscapelab.components.Formula;
import org.landscapelab.lessons.Block;
import org.landscapelab.lessons.Lesson;
import org.landscapelab.lessons.LessonCatalog;
import org.landscapelab.lessons.LessonProblem;
import org.landscapelab.lessons.LessonRepository;
import org.landscapelab.lessons.Step;
import org.landscapelab.security.LoginView;
import org.landscapelab.security.Roles;
import org.landscapelab.widgets.Checkpoint;
import org.landscapelab.widgets.UrlState;
import org.landscapelab.widgets.WidgetContext;
import org.landscapelab.widgets.WidgetRegistry;

/**
 * The lesson player: {@code /lessons/<slug>/<step>}. Re-renders in place when the lesson file changes on disk,
 * keeping the student on the same step. {@code ?instructor} shows the file's problems. A draft lesson plays for
 * signed-in instructors only; to anyone else its address answers like an unknown lesson.
 */
@Route("lessons/:slug/:step?")
@AnonymousAllowed
class LessonView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final LessonRepository lessons;
    private final WidgetRegistry widgets;
    private final LearnerProgress progress;
    private final AuthenticationContext signedIn;
    private String slug;
    private String stepId;
    private boolean instructor;
    // signed in as an instructor: drafts play (`instructor` above is the ?instructor view of the file's problems)
    private boolean staff;
    private Map<String, List<String>> query = Map.of();
    private String title = "Lesson";
    private StepPane pane;
    private AutoCloseable subscription;
    private Optional<Lesson> shown = Optional.empty();
    private List<LessonProblem> shownProblems = List.of();
    // The widget state of the step on screen (prefixed parameters, as in the address), kept as widgets write it
    private final Map<String, String> stepState = new LinkedHashMap<>();
    private Registration stateListener;

    LessonView(
            LessonRepository lessons,
            WidgetRegistry widgets,
            LearnerProgress progress,
            AuthenticationContext signedIn) {
        this.signedIn = signedIn;
        this.lessons = lessons;
        this.widgets = widgets;
        this.progress = progress;
        addClassNames("lab-page", "lab-lesson");
    }

    static RouteParameters parameters(String slug, String step) {
        return step == null
                ? new RouteParameters("slug", slug)
                : new RouteParameters(Map.of("slug", slug, "step", step));
    }

    static String path(String slug) {
        return RouteConfiguration.forApplicationScope().getUrl(LessonView.class, parameters(slug, null));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        boolean moving = pane != null
                && event.getRouteParameters().get("slug").orElse("").equals(slug);
        slug = event.getRouteParameters().get("slug").orElse("");
        stepId = event.getRouteParameters().get("step").orElse(null);
        query = event.getLocation().getQueryParameters().getParameters();
        instructor = query.containsKey("instructor");
        staff = signedIn.hasRole(Roles.INSTRUCTOR);
        if (instructor && !staff) {
            // The HTTP request was checked already; this covers navigation inside the app.
            event.forwardTo(LoginView.class);
            return;
        }
        stepState.clear();
        query.forEach((k, v) -> {
            if (!k.equals("instructor") && !k.equals(LockedLink.PARAMETER) && !v.isEmpty()) {
                stepState.put(k, v.getFirst());
            }
        });
        LessonCatalog catalog = lessons.current();
        Optional<Lesson> lesson = catalog.find(slug, staff);
        // a draft answers a student as a lesson that does not exist, broken or not: nothing tells it is there
        if (lesson.isEmpty() && (catalog.problems(slug).isEmpty() || catalog.isDraft(slug) && !staff)
                || lesson.isPresent()
                        && stepId != null
                        && lesson.get().step(stepId).isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        progress.recording(slug, !catalog.isDraft(slug));
        if (lesson.isPresent() && stepId != null) {
            // A step behind an unpassed required checkpoint opens the checkpoint's step instead.
            int gate = gate(lesson.get());
            if (lesson.get().indexOf(lesson.get().step(stepId).orElseThrow()) > gate) {
                // A shared link past the gate: the gate's step, saying where the link leads; the link's state is
                // kept, to go on with once the checkpoint is passed.
                Map<String, List<String>> carried = new LinkedHashMap<>(query);
                carried.put(LockedLink.PARAMETER, List.of(stepId));
                event.forwardTo(
                        LessonView.class,
                        parameters(slug, lesson.get().steps().get(gate).id()),
                        new QueryParameters(carried));
                return;
            }
        }
        if (moving
                && lesson.isPresent()
                && shown.filter(l -> l == lesson.get()).isPresent()
                && (instructor ? catalog.problems(slug) : List.<LessonProblem>of()).equals(shownProblems)) {
            moveTo(lesson.get());
        } else {
            render(catalog);
        }
        if (moving && pane != null) {
            pane.focusHeading();
        }
    }

    // Another step of the lesson on screen: swap the step, keep the page (header, step list, layout).
    private void moveTo(Lesson lesson) {
        Step step = Optional.ofNullable(stepId)
                .flatMap(lesson::step)
                .orElse(lesson.steps().getFirst());
        progress.visited(slug, step.id());
        if (lockedLink != null) {
            remove(lockedLink); // it was about the step the student has now left
            lockedLink = null;
        }
        pane.show(step, furthest(lesson), gate(lesson));
        pane.setBlocks(blocks(step));
        savePosition();
    }

    @Override
    protected void onAttach(AttachEvent event) {
        UI ui = event.getUI();
        subscription = lessons.addListener(catalog -> ui.access(() -> reload(catalog)));
        StepKeys.install(this);
        stateListener = ComponentUtil.addListener(ui, UrlState.Changed.class, e -> {
            stepState.putAll(e.parameters());
            savePosition();
        });
    }

    private void savePosition() {
        if (pane != null) {
            progress.position(slug, pane.step().id(), stateQuery());
        }
    }

    private String stateQuery() {
        return QueryParameters.simple(stepState).getQueryString();
    }

    @Override
    protected void onDetach(DetachEvent event) {
        stateListener.remove();
        try {
            subscription.close();
        } catch (Exception ignored) {
            // removing a listener cannot fail
        }
    }

    @Override
    public String getPageTitle() {
        return title + " · Landscape Lab";
    }

    /**
     * The last step the student may open: the first step with a required checkpoint not yet passed (or the last
     * step when there is none).
     */
    private int gate(Lesson lesson) {
        for (int i = 0; i < lesson.steps().size(); i++) {
            boolean blocked = lesson.steps().get(i).blocks().stream()
                    .anyMatch(b -> b instanceof Block.Checkpoint c
                            && c.required()
                            && !progress.hasPassed(slug, c.widget().id()));
            if (blocked) {
                return i;
            }
        }
        return lesson.steps().size() - 1;
    }

    /** Moves by {@code delta} steps; called by the buttons and the arrow keys. */
    void move(int delta) {
        lessons.current().find(slug, staff).ifPresent(lesson -> {
            int index = pane == null ? 0 : lesson.indexOf(pane.step()) + delta;
            if (index >= 0 && index < lesson.steps().size() && index <= gate(lesson)) {
                UI.getCurrent()
                        .navigate(
                                LessonView.class,
                                parameters(slug, lesson.steps().get(index).id()));
            }
        });
    }

    /**
     * A lesson file changed on disk. Re-render only when what this page shows changed — the lesson, its problems (for
     * an instructor) — so a save elsewhere does not rebuild the widgets a student is working in.
     */
    private void reload(LessonCatalog catalog) {
        Optional<Lesson> now = catalog.find(slug, staff);
        List<LessonProblem> problems = instructor ? catalog.problems(slug) : List.of();
        if (problems.equals(shownProblems) && sameView(shown, now)) {
            return;
        }
        if (pane != null && now.isPresent()) {
            Step before = pane.step();
            now.get().step(before.id()).ifPresentOrElse(after -> keepUnchangedPresets(before, after), stepState::clear);
        }
        render(catalog);
    }

    // Same title, same step list and the same content in the step on screen: nothing the student sees changed.
    private boolean sameView(Optional<Lesson> before, Optional<Lesson> after) {
        if (before.isEmpty() || after.isEmpty()) {
            return before.isEmpty() && after.isEmpty();
        }
        Lesson a = before.get();
        Lesson b = after.get();
        List<String> stepsA =
                a.steps().stream().map(st -> st.id() + "\n" + st.title()).toList();
        List<String> stepsB =
                b.steps().stream().map(st -> st.id() + "\n" + st.title()).toList();
        return a.summary().equals(b.summary())
                && stepsA.equals(stepsB)
                && pane != null
                && a.prerequisites().equals(b.prerequisites())
                && a.objectives().equals(b.objectives())
                && a.sources().equals(b.sources())
                && b.step(pane.step().id()).map(pane.step()::equals).orElse(false);
    }

    /**
     * What the student set in a widget survives a save of the lesson file, unless the author changed that widget's
     * preset (its options, locks or type): then the new preset shows.
     */
    private void keepUnchangedPresets(Step before, Step after) {
        Map<String, Block.Widget> now = widgetsOf(after);
        widgetsOf(before).forEach((id, widget) -> {
            if (!widget.equals(now.get(id))) {
                stepState.keySet().removeIf(k -> k.startsWith(id + "."));
            }
        });
        Map<String, List<String>> kept = new LinkedHashMap<>();
        stepState.forEach((k, v) -> kept.put(k, List.of(v)));
        query = kept;
    }

    private static Map<String, Block.Widget> widgetsOf(Step step) {
        Map<String, Block.Widget> out = new LinkedHashMap<>();
        for (Block b : step.blocks()) {
            switch (b) {
                case Block.Widget w -> out.put(w.id(), withoutLine(w));
                case Block.Checkpoint c -> out.put(c.widget().id(), withoutLine(c.widget()));
                case Block.Html h -> {}
            }
        }
        return out;
    }

    // Lines move when text above the widget is edited; that is no change of preset.
    private static Block.Widget withoutLine(Block.Widget w) {
        return new Block.Widget(w.widget(), w.id(), w.options(), w.locked(), 0);
    }

    private void render(LessonCatalog catalog) {
        shown = catalog.find(slug, staff);
        shownProblems = instructor ? catalog.problems(slug) : List.of();
        removeAll();
        add(Formula.ensureLoaded());
        List<LessonProblem> problems = catalog.problems(slug);
        Optional<Lesson> found = catalog.find(slug, staff);
        if (instructor && !problems.isEmpty()) {
            add(new ProblemList(problems, found.isPresent()));
        }
        if (found.isEmpty()) {
            title = "Lesson unavailable";
            add(new H1(title), new Paragraph("This lesson cannot be shown right now. Please try again later."));
            pane = null;
            return;
        }
        Lesson lesson = found.get();
        Step step = Optional.ofNullable(stepId)
                .flatMap(lesson::step)
                .orElse(lesson.steps().getFirst());
        progress.visited(slug, step.id());
        title = lesson.summary().title();
        pane = new StepPane(lesson, step, furthest(lesson), gate(lesson), this::move);
        add(header(lesson, catalog));
        lockedLink = LockedLink.of(lesson, query).orElse(null);
        if (lockedLink != null) {
            lockedLink.unlocked(lesson.indexOf(lockedLink.step()) <= gate(lesson));
            add(lockedLink);
        }
        add(pane);
        pane.setBlocks(blocks(step));
        savePosition();
    }

    // The furthest step the learner opened, as an index into this version of the lesson.
    private int furthest(Lesson lesson) {
        var seen = progress.lesson(slug).seen;
        int furthest = 0;
        for (int i = 0; i < lesson.steps().size(); i++) {
            if (seen.contains(lesson.steps().get(i).id())) {
                furthest = i;
            }
        }
        return furthest;
    }

    private Div header(Lesson lesson, LessonCatalog catalog) {
        // Title, summary and objectives may hold formulas: their HTML was made safe when the file was loaded.
        H1 heading = new H1();
        heading.getElement().setProperty("innerHTML", lesson.summary().titleHtml());
        Div header = new Div(breadcrumb(catalog), heading);
        header.addClassName("lab-lesson-header");
        if (catalog.isDraft(slug)) {
            header.add(draftBadge());
        }
        if (!lesson.summary().summary().isEmpty()) {
            Paragraph summary = new Paragraph();
            summary.getElement().setProperty("innerHTML", lesson.summary().summaryHtml());
            summary.addClassName("lab-lead");
            header.add(summary);
        }
        // What the front matter promises a student: time, what to read first, what they will learn, from where.
        Paragraph meta = new Paragraph();
        meta.addClassName("lab-lesson-meta");
        if (lesson.summary().minutes() > 0) {
            meta.add(new Span("About " + lesson.summary().minutes() + " minutes"));
        }
        if (!lesson.prerequisites().isEmpty()) {
            meta.add(new Span(meta.getChildren().findAny().isPresent() ? " · Before this: " : "Before this: "));
            boolean first = true;
            for (String pre : lesson.prerequisites()) {
                if (!first) {
                    meta.add(new Span(", "));
                }
                first = false;
                String label =
                        catalog.find(pre, staff).map(l -> l.summary().title()).orElse(pre);
                meta.add(new RouterLink(label, LessonView.class, parameters(pre, null)));
            }
        }
        if (meta.getChildren().findAny().isPresent()) {
            header.add(meta);
        }
        if (!lesson.objectives().isEmpty() || !lesson.sources().isEmpty()) {
            Div body = new Div();
            if (!lesson.objectives().isEmpty()) {
                body.add(new H2("You will be able to"), htmlList(lesson.objectivesHtml()));
            }
            if (!lesson.sources().isEmpty()) {
                body.add(new H2("Sources"), list(lesson.sources()));
            }
            Details about = new Details("What this lesson covers", body);
            about.addClassName("lab-lesson-about");
            // open on the first step, where a student decides whether this is the lesson they need
            about.setOpened(lesson.indexOf(pane == null ? lesson.steps().getFirst() : pane.step()) == 0);
            header.add(about);
        }
        return header;
    }

    private static UnorderedList list(List<String> items) {
        UnorderedList ul = new UnorderedList();
        items.forEach(i -> ul.add(new ListItem(i)));
        return ul;
    }

    private static UnorderedList htmlList(List<String> safeHtml) {
        UnorderedList ul = new UnorderedList();
        safeHtml.forEach(html -> {
            ListItem item = new ListItem();
            item.getElement().setProperty("innerHTML", html);
            ul.add(item);
        });
        return ul;
    }

    // Where the lesson sits: the course, then its part (a draft outside the course has none).
    private Nav breadcrumb(LessonCatalog catalog) {
        String course = catalog.course().title().isBlank()
                ? "Catalog"
                : catalog.course().title();
        Nav crumbs = new Nav(new RouterLink(course, CatalogView.class));
        catalog.course().partOf(slug).filter(part -> !part.title().isBlank()).ifPresent(part -> {
            Span separator = new Span(" › ");
            separator.getElement().setAttribute("aria-hidden", "true");
            Span current = new Span(part.title());
            current.addClassName("lab-breadcrumb-part");
            crumbs.add(separator, current);
        });
        crumbs.addClassNames("lab-breadcrumb", "lab-lesson-meta");
        crumbs.getElement().setAttribute("aria-label", "Breadcrumb");
        return crumbs;
    }

    /** Tells an instructor that students do not see this lesson; also used on the catalog's cards. */
    static Span draftBadge() {
        Span badge = new Span("Draft");
        badge.addClassName("lab-draft-badge");
        badge.getElement().getThemeList().addAll(List.of("badge", "warning")); // Lumo's badge styles
        badge.getElement()
                .setAttribute(
                        "title",
                        "Only signed-in instructors see this lesson (draft: true, or listed under drafts: in course.yml)");
        return badge;
    }

    private List<Component> blocks(Step step) {
        List<Component> out = new java.util.ArrayList<>(
                step.blocks().stream().map(this::block).toList());
        end = null;
        lessons.current()
                .find(slug, staff)
                .filter(l -> l.steps().getLast().id().equals(step.id()))
                .ifPresent(lesson -> {
                    end = new LessonEnd(lesson, lessons.current(), staff, progress.lesson(slug).passed);
                    out.add(end);
                });
        return out;
    }

    // Under the last step while it is on screen: updated when a checkpoint there is passed.
    private LessonEnd end;
    // Where a shared link past a required checkpoint was going, while the student is at that checkpoint.
    private LockedLink lockedLink;

    private Component block(Block block) {
        return BlockView.of(
                block,
                widgets,
                this::context,
                c -> new Checkpoint.Hooks(
                        c.questionHtml(),
                        c.hintsHtml(),
                        progress.hasPassed(slug, c.widget().id()),
                        attempt -> progress.attempted(
                                slug, stepOnScreen(), c.widget().id(), attempt),
                        () -> passed(c),
                        progress.seed(slug, c.widget().id())));
    }

    private WidgetContext context(Block.Widget w) {
        return new WidgetContext(w.id(), w.options(), w.locked(), UrlState.read(query, w.id() + "."), w.id() + ".");
    }

    private String stepOnScreen() {
        return pane == null ? "" : pane.step().id();
    }

    private void passed(Block.Checkpoint checkpoint) {
        progress.passed(slug, stepOnScreen(), checkpoint.widget().id());
        if (end != null) {
            end.show(progress.lesson(slug).passed);
        }
        if (lockedLink != null) {
            lessons.current()
                    .find(slug, staff)
                    .ifPresent(l -> lockedLink.unlocked(l.indexOf(lockedLink.step()) <= gate(l)));
        }
        lessons.current().find(slug, staff).ifPresent(lesson -> {
            if (pane != null) {
                pane.unlockUpTo(gate(lesson));
            }
        });
    }
}
