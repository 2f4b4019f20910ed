package org.landscapelab.lessons;

import java.util.List;

/**
 * One step of a lesson: what a {@code ##} heading starts.
 *
 * @param id stable id for links and progress: the heading's {@code {#id}} or its title made into a slug
 * @param title the heading text
 * @param blocks the content in order
 */
public record Step(String id, String title, List<Block> blocks) {

    public Step {
        blocks = List.copyOf(blocks);
    }
}
