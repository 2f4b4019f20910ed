package org.landscapelab.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import java.util.List;
import java.util.Map;
import org.landscapelab.widgets.Checkpoint;
import org.landscapelab.widgets.WidgetContext;
import org.landscapelab.widgets.WidgetRegistry;

/** The reference's checkpoint types: what each asks, a block to copy, its options and a live instance. */
final class CheckpointReference {

    static final String ID = "checkpoints";

    // Set as innerHTML by the checkpoint, as a lesson's sanitized question is: keep it plain.
    private static final String SAMPLE_QUESTION =
            "<p>A sample question: a lesson's <code>question:</code> is shown here.</p>";

    private CheckpointReference() {}

    static Div section(WidgetRegistry registry) {
        Div part = new Div(
                new H2("Checkpoint types"),
                new Paragraph("A checkpoint asks the student something and grades the answer with the same"
                        + " computation the widgets use; the right answer is never written in the lesson. Write a"
                        + " fenced {checkpoint} block with the type's name as type:; required: true keeps the"
                        + " later steps locked until it is passed."));
        part.setId(ID);
        registry.checkpoints()
                .forEach(schema -> registry.checkpointType(schema.name()).ifPresent(c -> part.add(describe(c))));
        return part;
    }

    static String id(String type) {
        return "checkpoint-" + type;
    }

    private static Div describe(Checkpoint checkpoint) {
        Div section = new Div(
                new H3(checkpoint.name()),
                new Paragraph(checkpoint.description()),
                new Pre(ReferenceYaml.checkpoint(checkpoint.name(), checkpoint.options())),
                OptionTable.of(checkpoint.options(), reserved(checkpoint.name())),
                live(checkpoint));
        section.addClassName("lab-reference-widget");
        section.setId(id(checkpoint.name()));
        return section;
    }

    // What every {checkpoint} takes besides its type's options: the id, and CheckpointDirective.RESERVED.
    private static List<OptionTable.Row> reserved(String type) {
        return List.of(
                new OptionTable.Row(
                        "id",
                        "text",
                        type + "-N",
                        "lowercase letters, digits, dashes",
                        "the checkpoint's name in records"),
                new OptionTable.Row("type", "text", "—", type, "this checkpoint type; required"),
                new OptionTable.Row(
                        "question", "text", "—", "Markdown with formulas", "what the student answers; required"),
                new OptionTable.Row(
                        "required", "boolean", "false", "true or false", "lock the later steps until it is passed"),
                new OptionTable.Row(
                        "hints",
                        "list of text",
                        "none",
                        "1 to 5 lines of Markdown with formulas",
                        "hints the student opens one at a time; after "
                                + org.landscapelab.widgets.CheckpointFrame.SOLUTION_AFTER
                                + " wrong answers to one question, types that can also offer a worked solution"
                                + " computed for it"));
    }

    private static Div live(Checkpoint checkpoint) {
        WidgetContext context =
                new WidgetContext(checkpoint.name(), Map.of(), List.of(), Map.of(), checkpoint.name() + ".");
        Div live = new Div(checkpoint.create(context, Checkpoint.Hooks.none(SAMPLE_QUESTION)));
        live.addClassName("lab-reference-live");
        return live;
    }
}
