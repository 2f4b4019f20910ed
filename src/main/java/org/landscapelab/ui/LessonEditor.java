package org.landscapelab.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.landscapelab.lessons.LessonAuthoring;
import org.landscapelab.widgets.Background;
import org.landscapelab.widgets.WidgetRegistry;

/**
 * A lesson's text beside what it gives: pick a lesson (or start a new one), edit, and the unsaved text is parsed as
 * the catalog would parse it — its problems at their lines, its steps rendered with their widgets — half a second
 * after typing stops. Nothing is written until Save, and Save refuses text with errors.
 */
class LessonEditor extends Div {

    /** The picker's entry for a lesson not yet on disk. */
    private static final String NEW = "";

    // Selects a line of the text area (1-based $0) and scrolls it into view, wherever the component scrolls.
    private static final String SELECT_LINE = """
        const t = this.inputElement;
        const lines = t.value.split('\\n');
        let start = 0;
        for (let i = 0; i < $0 - 1 && i < lines.length; i++) start += lines[i].length + 1;
        t.focus();
        t.setSelectionRange(start, start + (lines[$0 - 1] || '').length);
        const top = Math.max(0, ($0 - 3) * (parseFloat(getComputedStyle(t).lineHeight) || 20));
        const box = this.shadowRoot && this.shadowRoot.querySelector('[part="input-field"]');
        if (box) box.scrollTop = top;
        t.scrollTop = top;\
        """;

    private final LessonAuthoring authoring;
    private final Select<String> pick = new Select<>();
    private final TextField folder = new TextField("Folder name");
    private final TextArea text = new TextArea("lesson.md");
    private final Span status = new Span();
    private final LessonPreview shown;
    private String loaded = "";
    private boolean reverting;
    private boolean overwriteAsked;

    LessonEditor(LessonAuthoring authoring, WidgetRegistry widgets) {
        this.authoring = authoring;
        this.shown = new LessonPreview(widgets, this::selectLine);
        addClassName("lab-editor");
        configurePicker();
        configureText();
        add(new H2("Write and preview"), intro(), new Div(pick, folder), sideBySide());
        pick.setValue(NEW);
    }

    /** The lessons on disk may have changed (a save here, or another instructor's): the list follows. */
    void refreshFolders() {
        List<String> items = items();
        String value = pick.getValue();
        if (value != null && !items.contains(value)) {
            // deleted on disk while open here: the text stays, and a save writes it again
            items.add(value);
        }
        if (!items.equals(pick.getListDataView().getItems().toList())) {
            reverting = true;
            pick.setItems(items);
            pick.setValue(value);
            reverting = false;
        }
    }

    private Paragraph intro() {
        Paragraph intro = new Paragraph("The preview parses the text as the course would, without saving it: students"
                + " keep seeing the saved version. A lesson whose header says ");
        intro.add(new com.vaadin.flow.component.html.Code("draft: true"));
        intro.add(" (or that course.yml lists under ");
        intro.add(new com.vaadin.flow.component.html.Code("drafts:"));
        intro.add(") is seen by instructors only; remove that line and save to publish it.");
        return intro;
    }

    private void configurePicker() {
        pick.setLabel("Lesson");
        pick.addClassName("lab-editor-pick");
        pick.setItems(items());
        pick.setItemLabelGenerator(slug -> slug.equals(NEW) ? "A new lesson" : slug);
        pick.addValueChangeListener(e -> {
            if (reverting || e.getValue() == null) {
                return;
            }
            if (e.isFromClient() && !text.getValue().equals(loaded)) {
                confirmDiscard(e.getOldValue(), e.getValue());
            } else {
                open(e.getValue());
            }
        });
        folder.addClassName("lab-editor-folder");
        folder.setHelperText("lowercase letters, digits and hyphens, e.g. saddle-points");
        folder.setValueChangeMode(ValueChangeMode.LAZY);
        folder.addValueChangeListener(e -> preview());
    }

    private void configureText() {
        text.addClassName("lab-editor-text");
        text.setWidthFull();
        text.setHeight("36rem");
        // Debounced: the text is parsed once typing pauses, not at every key.
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setValueChangeTimeout(500);
        text.addValueChangeListener(e -> preview());
        status.addClassName("lab-editor-status");
        status.getElement().setAttribute("role", "status");
    }

    // Side by side on a wide screen, stacked on a phone: the columns wrap when there is no room for two.
    private Div sideBySide() {
        Button preview = new Button("Preview", e -> preview());
        preview.addClassName("lab-editor-preview");
        Button save = new Button("Save", e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClassName("lab-editor-save");
        Div buttons = new Div(preview, save, status);
        buttons.addClassName("lab-editor-buttons");
        Div write = new Div(text, buttons);
        Div columns = new Div(write, shown);
        columns.addClassName("lab-editor-columns");
        return columns;
    }

    private List<String> items() {
        List<String> items = new ArrayList<>();
        items.add(NEW);
        items.addAll(authoring.lessonFolders());
        return items;
    }

    private void open(String slug) {
        boolean creating = slug.equals(NEW);
        folder.setValue(slug);
        folder.setReadOnly(!creating);
        loaded = creating ? LessonAuthoring.template() : authoring.text(slug).orElse("");
        text.setValue(loaded);
        status.setText("");
        overwriteAsked = false;
        preview();
    }

    private void confirmDiscard(String before, String after) {
        ConfirmDialog dialog = new ConfirmDialog(
                "Discard your changes?",
                "The text you edited is not saved. Open " + (after.equals(NEW) ? "a new lesson" : after) + " anyway?",
                "Discard",
                e -> open(after));
        dialog.setCancelable(true);
        dialog.addCancelListener(e -> {
            reverting = true;
            pick.setValue(before);
            reverting = false;
        });
        dialog.open();
    }

    private Background.Task previewing;

    // Reading a lesson runs its {expect} claims, which compute: off the request thread, in the instructor's share,
    // and only the newest text's preview is shown.
    private void preview() {
        String slug = folder.getValue().strip();
        String body = text.getValue();
        if (previewing != null) {
            previewing.cancel();
        }
        if (getUI().isEmpty() && UI.getCurrent() == null) {
            shown.show(authoring.preview(slug, body)); // no page to come back to (a test without a browser)
            return;
        }
        previewing = Background.start(
                this,
                (cancelled, progress) -> authoring.preview(slug, body),
                progress -> {},
                shown::show,
                reason -> status.setText("The preview could not be made: " + reason));
    }

    private void selectLine(int line) {
        text.getElement().executeJs(SELECT_LINE, line);
    }

    private void save() {
        String slug = folder.getValue().strip();
        boolean creating = NEW.equals(pick.getValue());
        // Someone saved the file since it was opened here: say so once before replacing their version.
        String onDisk = creating ? null : authoring.text(slug).orElse(null);
        if (onDisk != null && !onDisk.equals(loaded) && !onDisk.equals(text.getValue()) && !overwriteAsked) {
            overwriteAsked = true;
            status.setText("Not saved: " + slug + "/lesson.md changed on disk since you opened it. Save again to"
                    + " replace that version with yours.");
            return;
        }
        try {
            if (creating) {
                authoring.create(slug, text.getValue());
            } else {
                authoring.save(slug, text.getValue());
            }
        } catch (LessonAuthoring.Refused e) {
            status.setText("Not saved: " + e.getMessage() + ".");
            return;
        } catch (IOException e) {
            status.setText("Not saved: the file could not be written (" + e.getMessage() + ").");
            return;
        }
        loaded = text.getValue();
        overwriteAsked = false;
        status.setText("Saved " + slug + "/lesson.md. The course reloads it in a moment.");
        if (creating) {
            refreshFolders();
            reverting = true;
            pick.setValue(slug);
            reverting = false;
            folder.setReadOnly(true);
        }
    }
}
