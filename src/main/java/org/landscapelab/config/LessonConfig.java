package org.landscapelab.config;

import org.landscapelab.lessons.LessonCatalog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the lesson engine to the configured lessons folder. */
@Configuration
class LessonConfig {

    private static final Logger log = LoggerFactory.getLogger(LessonConfig.class);

    @Bean
    LessonCatalog lessonCatalog(LabProperties properties) {
        LessonCatalog catalog = LessonCatalog.load(properties.lessonsDir());
        // The instructor's first feedback: every problem with its file and line, in the server log.
        catalog.problems().forEach(p -> log.warn("Lesson problem: {}", p));
        log.info("Loaded {} lessons from {}", catalog.lessons().size(), properties.lessonsDir().toAbsolutePath());
        return catalog;
    }
}
