package org.landscapelab.ui;

import com.vaadin.flow.component.html.Code;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import java.util.List;
import java.util.Locale;
import org.landscapelab.lessons.OptionSpec;

/** The options table of a widget or checkpoint type: its schema's options, then the keys its directive reserves. */
final class OptionTable {

    /** One key of a directive, as the table shows it. */
    record Row(String name, String type, String defaultValue, String allowed, String doc) {

        static Row of(OptionSpec o) {
            return new Row(o.name(), o.type().name().toLowerCase(Locale.ROOT), o.defaultValue(), o.allowed(), o.doc());
        }
    }

    private OptionTable() {}

    static NativeTable of(List<OptionSpec> options, List<Row> reserved) {
        NativeTableRow head = new NativeTableRow();
        for (String h : List.of("option", "type", "default", "allowed values", "what it does")) {
            head.add(new NativeTableHeaderCell(h));
        }
        NativeTableBody body = new NativeTableBody();
        options.stream().map(Row::of).map(OptionTable::row).forEach(body::add);
        reserved.stream().map(OptionTable::row).forEach(body::add);
        NativeTable table = new NativeTable(new NativeTableHeader(head), body);
        table.addClassName("lab-table");
        return table;
    }

    private static NativeTableRow row(Row r) {
        NativeTableCell allowed = new NativeTableCell(r.allowed());
        allowed.addClassName("lab-allowed");
        return new NativeTableRow(
                new NativeTableCell(new Code(r.name())),
                new NativeTableCell(r.type()),
                new NativeTableCell(new Code(r.defaultValue())),
                allowed,
                new NativeTableCell(r.doc()));
    }
}
