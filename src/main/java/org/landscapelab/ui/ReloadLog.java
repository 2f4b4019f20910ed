package org.landscapelab.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;
import org.landscapelab.lessons.ReloadHistory;

/** The last reloads of the lessons folder, newest first: did my save go live, or do students keep the old one? */
class ReloadLog extends Div {

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.systemDefault());
    /** A save that touches many figures would make a row a page long. */
    private static final int FILES_SHOWN = 5;

    ReloadLog() {
        addClassName("lab-reloads");
    }

    void show(List<ReloadHistory.Reload> reloads) {
        removeAll();
        add(new H2("Reloads"));
        if (reloads.isEmpty()) {
            add(new Paragraph("No reloads since the server started. Each save of a file in the lessons folder shows"
                    + " here, newest first."));
            return;
        }
        NativeTable table = new NativeTable();
        table.addClassNames("lab-table", "lab-reload-table");
        NativeTableRow head = new NativeTableRow();
        for (String h : new String[] {"When", "Files changed", "Outcome", "Problems after"}) {
            NativeTableHeaderCell cell = new NativeTableHeaderCell(h);
            cell.getElement().setAttribute("scope", "col");
            head.add(cell);
        }
        table.getHead().add(head);
        table.addBody();
        reloads.forEach(r -> table.getBody().add(row(r)));
        add(table);
    }

    private static NativeTableRow row(ReloadHistory.Reload r) {
        NativeTableRow row = new NativeTableRow(
                new NativeTableCell(TIME.format(r.at())),
                new NativeTableCell(files(r.changed())),
                new NativeTableCell(
                        r.accepted()
                                ? "accepted"
                                : "students keep the last good version of " + String.join(", ", r.keptLastGood())),
                new NativeTableCell(r.errors()
                        + (r.errors() == 1 ? " problem" : " problems")
                        + (r.warnings() == 0
                                ? ""
                                : ", " + r.warnings() + (r.warnings() == 1 ? " warning" : " warnings"))));
        row.addClassName("lab-reload-row");
        row.getElement().setAttribute("data-accepted", String.valueOf(r.accepted()));
        return row;
    }

    private static String files(List<Path> changed) {
        if (changed.isEmpty()) {
            return "—";
        }
        String shown = changed.stream().limit(FILES_SHOWN).map(Path::toString).collect(Collectors.joining(", "));
        return changed.size() <= FILES_SHOWN ? shown : shown + " and " + (changed.size() - FILES_SHOWN) + " more";
    }
}
