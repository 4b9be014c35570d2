package workshop.course;

import java.nio.file.Path;
import java.util.Set;

/**
 * Which file events in the project should trigger a verify: sources, resources and serverless.yml;
 * not the build's output, nor the files editors write next to the ones they save (swap files,
 * backups, lock files), which would verify for nothing.
 */
public final class WatchedPaths {

    private static final Set<String> IGNORED_FOLDERS = Set.of("target", ".git", ".idea", ".vscode", ".serverless", "node_modules");

    private WatchedPaths() {
    }

    /** {@code relative} is relative to the project folder. */
    public static boolean isRelevant(Path relative) {
        for (Path part : relative) {
            if (IGNORED_FOLDERS.contains(part.toString())) {
                return false;
            }
        }
        String name = relative.getFileName() == null ? "" : relative.getFileName().toString();
        if (name.isEmpty() || name.startsWith(".#") || name.endsWith("~") || name.endsWith(".swp")
                || name.endsWith(".swx") || name.endsWith(".tmp") || (name.startsWith("#") && name.endsWith("#"))
                || name.equals("4913")) { // vim's probe file
            return false;
        }
        if (relative.getNameCount() == 1) {
            return name.equals("serverless.yml");
        }
        return relative.startsWith("src");
    }
}
