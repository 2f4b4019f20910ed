package org.landscapelab.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.landscapelab.components.Chart;
import org.landscapelab.records.ClassReport;
import org.landscapelab.records.ProgressRepository;
import org.landscapelab.security.Roles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;

/**
 * The class view: per lesson, who started, the completion funnel over its steps and each checkpoint's attempts,
 * passes, median attempts to pass and most common wrong answers; per learner, how far they got. A date range
 * filters every figure; the same report downloads as CSV.
 */
@Route("instructor")
@PageTitle("Class · Landscape Lab")
@RolesAllowed(Roles.INSTRUCTOR)
class ClassView extends Main implements BeforeEnterObserver {

    private static final Logger log = LoggerFactory.getLogger(ClassView.class);
    /** Rows of the learner table on the page; the CSV holds them all. */
    static final int LEARNER_ROWS = 300;

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    private final ClassReports reports;
    private final AuthenticationContext signedIn;
    private final DatePicker from = new DatePicker("From");
    private final DatePicker to = new DatePicker("To");
    private final Anchor csv = new Anchor("", "Download CSV");
    private final Div body = new Div();

    ClassView(ClassReports reports, AuthenticationContext signedIn) {
        this.reports = reports;
        this.signedIn = signedIn;
        addClassNames("lab-page", "lab-class");
        from.addClassName("lab-class-from");
        to.addClassName("lab-class-to");
        from.setClearButtonVisible(true);
        to.setClearButtonVisible(true);
        from.addValueChangeListener(e -> {
            to.setMin(e.getValue());
            refreshAddress();
        });
        to.addValueChangeListener(e -> {
            from.setMax(e.getValue());
            refreshAddress();
        });
        csv.addClassName("lab-class-csv");
        csv.getElement().setAttribute("router-ignore", true);
        csv.getElement().setAttribute("download", true);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> q = event.getLocation().getQueryParameters().getParameters();
        from.setValue(day(q.get("from")));
        to.setValue(day(q.get("to")));
        render();
    }

    private static @Nullable LocalDate day(@Nullable List<String> values) {
        try {
            return values == null || values.isEmpty() ? null : LocalDate.parse(values.getFirst());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    // The range lives in the address, so an instructor can bookmark or share a view of the class.
    private void refreshAddress() {
        if (!isAttached()) {
            return;
        }
        Map<String, String> q = new LinkedHashMap<>();
        if (from.getValue() != null) {
            q.put("from", from.getValue().toString());
        }
        if (to.getValue() != null) {
            q.put("to", to.getValue().toString());
        }
        getUI().ifPresent(ui -> ui.navigate(ClassView.class, QueryParameters.simple(q)));
    }

    private void render() {
        removeAll();
        Button signOut = new Button("Sign out", e -> signedIn.logout());
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        signOut.addClassName("lab-sign-out");
        Div tools = new Div(from, to, csv);
        tools.addClassName("lab-class-tools");
        Div who = new Div(new Span("Signed in as " + signedIn.getPrincipalName().orElse("?")));
        Anchor lessonFiles = new Anchor(LessonDashboardView.PATH, "Lesson files and problems");
        lessonFiles.addClassName("lab-lesson-files-link");
        who.add(lessonFiles);
        if (signedIn.hasRole(Roles.ADMIN)) {
            Anchor accounts = new Anchor(AccountsView.PATH, "Instructor accounts");
            accounts.addClassName("lab-accounts-link");
            who.add(accounts);
        }
        who.add(signOut);
        who.addClassName("lab-class-who");
        add(new H1("Class"), who, tools, body);
        body.removeAll();
        String range = (from.getValue() == null ? "" : "from=" + from.getValue()) + "&"
                + (to.getValue() == null ? "" : "to=" + to.getValue());
        csv.setHref(ClassCsvController.PATH + "?" + range);
        ClassReport report;
        try {
            report = reports.report(from.getValue(), to.getValue());
        } catch (ProgressRepository.TooManyEvents e) {
            body.add(notice("This range holds more than " + ClassReports.MAX_EVENTS + " recorded events, more than one "
                    + "page reads. Choose a shorter range."));
            return;
        } catch (DataAccessException e) {
            log.warn(
                    "Class view: the records database is not reachable ({})",
                    e.getClass().getSimpleName());
            body.add(notice("The learning records cannot be reached right now. Try again in a minute."));
            return;
        }
        long learners = report.learners().stream()
                .map(ClassReport.LearnerRow::learnerId)
                .distinct()
                .count();
        Paragraph summary = new Paragraph(
                learners == 0
                        ? "No learner activity in this range yet."
                        : learners + (learners == 1 ? " learner" : " learners") + " active in this range.");
        summary.addClassName("lab-class-summary");
        body.add(summary);
        report.lessons().forEach(l -> body.add(lesson(l)));
        body.add(learnerTable(report.learners()));
    }

    private static Paragraph notice(String text) {
        Paragraph p = new Paragraph(text);
        p.addClassName("lab-notice");
        return p;
    }

    private Div lesson(ClassReport.LessonReport lesson) {
        Div section = new Div();
        section.addClassName("lab-class-lesson");
        section.getElement().setAttribute("data-lesson", lesson.lesson());
        section.getElement().setAttribute("data-started", String.valueOf(lesson.started()));
        Span started = new Span(lesson.started() + " started");
        started.addClassName("lab-card-meta");
        section.add(new H2(lesson.title()), started);
        if (lesson.started() == 0) {
            // Nothing to count yet: the tables would be all zeros.
            return section;
        }
        Chart funnel = new Chart("Completion funnel of " + lesson.title() + ": learners who opened each step");
        funnel.addClassName("lab-class-funnel");
        double[] x = new double[lesson.funnel().size()];
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            x[i] = i + 1;
            y[i] = lesson.funnel().get(i).reached();
        }
        funnel.show(
                "step",
                Chart.Scale.LINEAR,
                "learners who opened it",
                Chart.Scale.LINEAR,
                List.of(new Chart.Series("opened", Chart.Kind.BAR, x, y, false)));
        funnel.setHeight("220px");
        funnel.setWidthFull();
        section.add(funnel);
        NativeTable steps = table("lab-class-steps", "Step", "Step id", "Opened by");
        int n = 1;
        for (ClassReport.StepCount s : lesson.funnel()) {
            row(steps, String.valueOf(n++), s.step(), String.valueOf(s.reached()));
        }
        section.add(new H3("Steps"), steps);
        if (!lesson.checkpoints().isEmpty()) {
            NativeTable cps = table(
                    "lab-class-checkpoints",
                    "Checkpoint",
                    "Step",
                    "Attempted",
                    "Passed",
                    "Median attempts to pass",
                    "Most common wrong answers");
            for (ClassReport.CheckpointReport c : lesson.checkpoints()) {
                NativeTableRow r = row(
                        cps,
                        c.checkpoint(),
                        c.step(),
                        String.valueOf(c.attempted()),
                        String.valueOf(c.passed()),
                        c.medianAttemptsToPass() == null ? "—" : median(c.medianAttemptsToPass()),
                        c.commonWrong().isEmpty()
                                ? "—"
                                : c.commonWrong().stream()
                                        .map(a -> "“" + a.answer() + "” ×" + a.count())
                                        .collect(Collectors.joining(", ")));
                r.getElement().setAttribute("data-checkpoint", c.checkpoint());
            }
            section.add(new H3("Checkpoints"), cps);
        }
        return section;
    }

    static String median(double m) {
        return m == Math.rint(m) ? String.valueOf((long) m) : String.valueOf(m);
    }

    private Div learnerTable(List<ClassReport.LearnerRow> rows) {
        Div section = new Div();
        section.addClassName("lab-class-learners");
        section.add(new H2("Learners"));
        if (rows.isEmpty()) {
            return section;
        }
        NativeTable t = table(
                "lab-class-learner-table",
                "Learner",
                "Lesson",
                "Steps seen",
                "Checkpoints passed",
                "Attempts",
                "Last active");
        rows.stream()
                .limit(LEARNER_ROWS)
                .forEach(r -> row(
                        t,
                        r.learner(),
                        r.lesson(),
                        r.stepsSeen() + " / " + r.steps(),
                        r.checkpointsPassed() + " / " + r.checkpoints(),
                        String.valueOf(r.attempts()),
                        WHEN.format(r.lastActive())));
        section.add(t);
        if (rows.size() > LEARNER_ROWS) {
            section.add(new Paragraph("The " + LEARNER_ROWS + " most recently active of " + rows.size()
                    + " rows are shown; the CSV has them all."));
        }
        return section;
    }

    private static NativeTable table(String className, String... headers) {
        NativeTable t = new NativeTable();
        t.addClassNames("lab-table", className);
        NativeTableRow head = new NativeTableRow();
        for (String h : headers) {
            NativeTableHeaderCell cell = new NativeTableHeaderCell(h);
            cell.getElement().setAttribute("scope", "col");
            head.add(cell);
        }
        t.getHead().add(head);
        t.addBody();
        return t;
    }

    private static NativeTableRow row(NativeTable t, String... cells) {
        NativeTableRow r = new NativeTableRow();
        for (String c : cells) {
            r.add(new NativeTableCell(c));
        }
        t.getBody().add(r);
        return r;
    }
}
