package org.landscapelab.config;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Chooses the database before Spring Boot builds the pool: PostgreSQL (or any JDBC URL) from {@code LAB_DB_URL},
 * {@code LAB_DB_USER}, {@code LAB_DB_PASSWORD}; otherwise an H2 file in the data folder, so the run command needs
 * nothing installed. An explicit {@code spring.datasource.url} wins over both.
 */
public final class DatabaseSettings implements EnvironmentPostProcessor {

    static final String H2_FILE = "landscape-lab";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment env, SpringApplication application) {
        if (env.containsProperty("spring.datasource.url")) {
            return;
        }
        Map<String, Object> settings = new HashMap<>();
        String url = env.getProperty("lab.db.url", "");
        if (!url.isBlank()) {
            settings.put("spring.datasource.url", url);
            settings.put("spring.datasource.username", env.getProperty("lab.db.user", ""));
            settings.put("spring.datasource.password", env.getProperty("lab.db.password", ""));
        } else {
            settings.put("spring.datasource.url", h2Url(Path.of(env.getProperty("lab.data-dir", "data"))));
            settings.put("spring.datasource.username", "sa");
            settings.put("spring.datasource.password", "");
        }
        env.getPropertySources().addLast(new MapPropertySource("lab-database", settings));
    }

    /**
     * The embedded database in {@code dataDir}. {@code WRITE_DELAY=0}: a commit reaches the file before the
     * student sees "Passed", so a killed server loses nothing it confirmed.
     */
    public static String h2Url(Path dataDir) {
        String path =
                dataDir.toAbsolutePath().normalize().resolve(H2_FILE).toString().replace('\\', '/');
        return "jdbc:h2:file:" + path + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE";
    }
}
