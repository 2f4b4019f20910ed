package org.landscapelab.widgets.certificate;

import com.vaadin.flow.component.Component;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.landscapelab.lessons.OptionSpec;
import org.landscapelab.lessons.OptionType;
import org.landscapelab.numerics.Matrix;
import org.landscapelab.numerics.NumericsException;
import org.landscapelab.widgets.Checkpoint;
import org.landscapelab.widgets.WidgetContext;

/**
 * Checkpoint {@code certificate-example}: give a critical point whose Hessian is positive semidefinite and which is
 * nevertheless not a local minimum — graded by the certificate, whose feedback says what the point actually is.
 */
public final class CertificateExample implements Checkpoint {

    @Override
    public String name() {
        return "certificate-example";
    }

    @Override
    public String description() {
        return "The student enters the layers W1…Wh of a network with given widths, X and Y (squared loss); passed when"
                + " the certificate finds a critical point with no negative Hessian eigenvalue that is not a minimum.";
    }

    @Override
    public List<OptionSpec> options() {
        return List.of(OptionSpec.of("widths", OptionType.TEXT, "1,1,1,1", "d0,…,dh; at most 4 per layer, depth 2–4"),
                new OptionSpec("X", OptionType.MATRIX, "1", 1.0, 4.0, List.of(), "inputs, d0×n"),
                new OptionSpec("Y", OptionType.MATRIX, "1", 1.0, 4.0, List.of(), "targets, dh×n"));
    }

    @Override
    public List<String> check(Map<String, Object> options) {
        List<String> problems = new ArrayList<>();
        try {
            Setup s = setup(options);
            if (s.x().cols() != s.y().cols() || s.x().rows() != s.widths()[0]
                    || s.y().rows() != s.widths()[s.widths().length - 1]) {
                problems.add("X must be d0×n and Y dh×n with the same n");
            }
        } catch (NumericsException | IllegalArgumentException e) {
            problems.add(e.getMessage());
        }
        return problems;
    }

    @Override
    public Component create(WidgetContext context, Hooks hooks) {
        try {
            return new CertificateExampleView(setup(context.options()), hooks);
        } catch (NumericsException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    record Setup(int[] widths, Matrix x, Matrix y) {}

    static Setup setup(Map<String, Object> options) throws NumericsException {
        String[] parts = String.valueOf(options.getOrDefault("widths", "1,1,1,1")).strip().split("\\s*,\\s*");
        if (parts.length < 3 || parts.length > 5) {
            throw new NumericsException("widths: give 3 to 5 widths d0,…,dh");
        }
        int[] widths = new int[parts.length];
        for (int i = 0; i < parts.length; i++) {
            try {
                widths[i] = Integer.parseInt(parts[i]);
            } catch (NumberFormatException e) {
                throw new NumericsException("widths: '" + parts[i] + "' is not a whole number");
            }
            if (widths[i] < 1 || widths[i] > 4) {
                throw new NumericsException("widths: each width must be from 1 to 4");
            }
        }
        return new Setup(widths, Matrix.fromYaml(options.getOrDefault("X", "1")), Matrix.fromYaml(options.getOrDefault("Y", "1")));
    }
}
