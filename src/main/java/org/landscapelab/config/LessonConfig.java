package org.landscapelab.config;

import org.landscapelab.lessons.LessonCatalog;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the lesson engine to the configured lessons folder. */
@Configuration
class LessonConfig {

    @Bean
    LessonCatalog lessonCatalog(LabProperties properties) {
        return LessonCatalog.load(properties.lessonsDir());
    }
}
