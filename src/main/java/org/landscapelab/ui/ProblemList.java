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
        add(new H2(problems.size() == 1 ? "1 problem in this lesson's file" : problems.size() + " problems in this lesson's file"));
        add(new Paragraph(servingLastGood
                ? "Students still see the last version that had no problems. Fix the file and save: this page updates."
                : "Students cannot open this lesson until the file is fixed. Save a fix: this page updates."));
        UnorderedList list = new UnorderedList();
        problems.forEach(p -> {
            ListItem item = new ListItem(p.toString());
            item.addClassName("lab-problem");
            list.add(item);
        });
        add(list);
    }
}
