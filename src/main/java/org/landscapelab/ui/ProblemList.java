package org.landscapelab.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import org.landscapelab.lessons.LessonProblem;

/** What an instructor sees above a lesson whose file has problems. */
class ProblemList extends Div {

    ProblemList(List<LessonProblem> problems, boolean servingLastGood) {
        addClassName("lab-problems");
        getElement().setAttribute("role", "alert");
        long errors = problems.stream().filter(LessonProblem::error).count();
        long warnings = problems.size() - errors;
        String counted = (errors == 0 ? "" : errors + (errors == 1 ? " problem" : " problems"))
                + (errors > 0 && warnings > 0 ? " and " : "")
                + (warnings == 0 ? "" : warnings + (warnings == 1 ? " warning" : " warnings"));
        add(new H2(counted + " in this lesson's file"));
        add(
                new Paragraph(
                        errors == 0
                                ? "Students see this version; the warnings say what they will not see as written."
                                : servingLastGood
                                        ? "Students still see the last version that had no problems. Fix the file and save: this page updates."
                                        : "Students cannot open this lesson until the file is fixed. Save a fix: this page updates."));
        if (errors == 0) {
            addClassName("lab-problems-warnings");
        }
        UnorderedList list = new UnorderedList();
        problems.forEach(p -> {
            ListItem item = new ListItem(p.toString());
            item.addClassName(p.warning() ? "lab-warning" : "lab-problem");
            list.add(item);
        });
        add(list);
    }
}
