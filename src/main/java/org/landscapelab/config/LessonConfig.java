package org.landscapelab.config;

import org.landscapelab.lessons.LessonRepository;
import org.landscapelab.widgets.WidgetRegistry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the lesson engine to the configured lessons folder and the widget registry, and starts hot reload. */
@Configuration
class LessonConfig {

    @Bean
    WidgetRegistry widgetRegistry() {
        return WidgetRegistry.standard();
    }

    @Bean(destroyMethod = "close")
    LessonRepository lessonRepository(LabProperties properties, WidgetRegistry widgets) {
        LessonRepository repository = new LessonRepository(properties.lessonsDir(), widgets);
        repository.startWatching();
        return repository;
    }
}
