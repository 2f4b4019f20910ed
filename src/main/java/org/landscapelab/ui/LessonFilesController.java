package org.landscapelab.ui;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.landscapelab.config.LabProperties;
import org.landscapelab.lessons.LessonRepository;
import org.landscapelab.security.Roles;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.MediaTypeFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Serves the images and data files that sit beside a lesson.md, and nothing outside the lessons folder; a draft
 * lesson's files only to instructors, as the lesson itself.
 */
@RestController
class LessonFilesController {

    private static final Set<String> SERVED =
            Set.of("png", "jpg", "jpeg", "gif", "svg", "webp", "csv", "txt", "json", "pdf");
    private final Path root;
    private final LessonRepository lessons;

    LessonFilesController(LabProperties properties, LessonRepository lessons) {
        this.root = properties.lessonsDir().toAbsolutePath().normalize();
        this.lessons = lessons;
    }

    @GetMapping("/lesson-files/{slug}/**")
    ResponseEntity<Resource> file(@PathVariable String slug, HttpServletRequest request) throws IOException {
        String full = (String) request.getAttribute(HandlerMapping.PATH_WITHIN_HANDLER_MAPPING_ATTRIBUTE);
        String prefix = "/lesson-files/" + slug + "/";
        if (full == null
                || full.length() <= prefix.length()
                || lessons.current().isDraft(slug) && !request.isUserInRole(Roles.INSTRUCTOR)) {
            return ResponseEntity.notFound().build();
        }
        String relative = full.substring(prefix.length());
        Path file = root.resolve(slug).resolve(relative).normalize();
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        String ext =
                name.contains(".") ? name.substring(name.lastIndexOf('.') + 1).toLowerCase() : "";
        if (!file.startsWith(root.resolve(slug))
                || !Files.isRegularFile(file)
                || !SERVED.contains(ext)
                || !insideByRealPath(file, root.resolve(slug))) {
            return ResponseEntity.notFound().build();
        }
        MediaType type = MediaTypeFactory.getMediaType(name).orElse(MediaType.APPLICATION_OCTET_STREAM);
        return ResponseEntity.ok()
                .contentType(type)
                .cacheControl(CacheControl.noCache())
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'")
                .body(new FileSystemResource(file));
    }

    /**
     * The file as the disk resolves it — every symbolic link followed — must still be inside the lesson's folder, and
     * must not be a second name (hard link) of a file elsewhere: a link in a lesson folder never serves
     * {@code /etc/passwd}.
     */
    static boolean insideByRealPath(Path file, Path folder) {
        try {
            Path real = file.toRealPath();
            if (!real.startsWith(folder.toRealPath())) {
                return false;
            }
            return hardLinks(real) <= 1;
        } catch (IOException e) {
            return false;
        }
    }

    private static int hardLinks(Path file) throws IOException {
        try {
            return (Integer) Files.getAttribute(file, "unix:nlink");
        } catch (UnsupportedOperationException | IllegalArgumentException e) {
            return 1; // a file system without the attribute has no hard links to worry about here
        }
    }
}
