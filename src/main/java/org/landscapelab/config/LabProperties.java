package org.landscapelab.config;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of a Landscape Lab installation, all under the prefix {@code lab}.
 *
 * @param lessonsDir folder holding the course ({@code course.yml} and one folder per lesson)
 * @param dataDir folder for data the server writes (progress, caches); created when missing
 */
@ConfigurationProperties("lab")
public record LabProperties(Path lessonsDir, Path dataDir) {

    public LabProperties {
        lessonsDir = lessonsDir == null ? Path.of("lessons") : lessonsDir;
        dataDir = dataDir == null ? Path.of("data") : dataDir;
    }
}
