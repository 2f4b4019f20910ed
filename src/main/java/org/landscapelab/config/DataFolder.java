package org.landscapelab.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Makes sure the data folder exists and is writable at start-up, so a bad volume mount fails loudly and early. */
@Component
class DataFolder {

    private static final Logger log = LoggerFactory.getLogger(DataFolder.class);
    private final LabProperties properties;

    DataFolder(LabProperties properties) {
        this.properties = properties;
    }

    @EventListener(ApplicationReadyEvent.class)
    void prepare() {
        try {
            Files.createDirectories(properties.dataDir());
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "cannot create the data folder " + properties.dataDir().toAbsolutePath(), e);
        }
        if (!Files.isWritable(properties.dataDir())) {
            log.warn("Data folder {} is not writable", properties.dataDir().toAbsolutePath());
        }
        log.info(
                "Lessons from {}, data in {}",
                properties.lessonsDir().toAbsolutePath(),
                properties.dataDir().toAbsolutePath());
    }
}
