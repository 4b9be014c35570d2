package workshop.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The workshop's root folder (where {@code ./workshop} lives) and the files the CLI keeps there.
 * The launcher passes it as {@code -Dworkshop.home}; otherwise the current folder is used.
 */
final class WorkshopHome {

    private WorkshopHome() {
    }

    static Path root() {
        String home = System.getProperty("workshop.home");
        return Path.of(home != null ? home : ".").toAbsolutePath().normalize();
    }

    /** The CLI's own state (not committed: see .gitignore); {@code -Dworkshop.state} moves it (tests). */
    static Path stateDirectory() {
        String state = System.getProperty("workshop.state");
        return state != null ? Path.of(state) : root().resolve(".workshop");
    }

    /** Written by {@code ./workshop up}: where the running local cloud answers. */
    static Path runningCloudFile() {
        return stateDirectory().resolve("cloud.json");
    }

    static boolean exists(Path path) {
        return Files.exists(path);
    }
}
