package org.landscapelab.load;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code --name value} pairs. */
final class Args {

    private Args() {}

    static Map<String, String> parse(String[] args) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("expected --name value pairs, got " + String.join(" ", args));
            }
            map.put(args[i].substring(2), args[++i]);
        }
        return map;
    }

    static List<LoadRun.Group> groups(String mix) {
        List<LoadRun.Group> groups = new ArrayList<>();
        for (String part : mix.split(",")) {
            groups.add(LoadRun.Group.parse(part.strip()));
        }
        return groups;
    }
}
