package org.landscapelab.lessons;

import java.nio.file.Path;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/** Safe YAML (no custom tags, bounded aliases) and problems located in the lesson file. */
final class Yamls {

    private Yamls() {}

    static Object load(String yaml) {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(20);
        options.setAllowDuplicateKeys(false);
        options.setCodePointLimit(1_000_000);
        try {
            return new Yaml(new SafeConstructor(options)).load(yaml);
        } catch (org.yaml.snakeyaml.error.YAMLException e) {
            throw e;
        } catch (RuntimeException e) {
            // SnakeYAML lets some bad input out as plain exceptions (a `!!binary` that is not base64, a block
            // scalar indicator in another script's digits); they are YAML errors all the same.
            throw new org.yaml.snakeyaml.error.YAMLException("cannot be read ("
                    + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")");
        }
    }

    /** A YAML error as a problem; {@code firstLine} is the file line where the YAML text starts. */
    static LessonProblem problem(Path file, int firstLine, Exception e) {
        if (e instanceof MarkedYAMLException marked && marked.getProblemMark() != null) {
            var mark = marked.getProblemMark();
            String what = marked.getProblem() == null ? "cannot be read" : marked.getProblem();
            return new LessonProblem(file, firstLine + mark.getLine(), mark.getColumn() + 1, "invalid YAML: " + what);
        }
        return new LessonProblem(file, firstLine, 1, "invalid YAML: " + e.getMessage());
    }

    /** The 1-based line of {@code key:} at the start of a line of {@code text}, or 1. */
    static int lineOfKey(String text, String key) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].startsWith(key + ":")) {
                return i + 1;
            }
        }
        return 1;
    }
}
