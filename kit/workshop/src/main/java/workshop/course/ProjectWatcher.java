package workshop.course;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The real {@link WatchLoop.Changes}: a {@link WatchService} on the project's {@code src/} (every
 * folder, as a WatchService is not recursive; new folders are added as they appear) and on the
 * project folder itself for {@code serverless.yml}. {@link WatchedPaths} decides what counts.
 */
public final class ProjectWatcher implements WatchLoop.Changes, AutoCloseable {

    private final Path project;
    private final WatchService service;
    private final Map<WatchKey, Path> folders = new HashMap<>();

    public ProjectWatcher(Path project) {
        this.project = project.toAbsolutePath().normalize();
        try {
            this.service = FileSystems.getDefault().newWatchService();
            register(this.project);
            registerTree(this.project.resolve("src"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public int await(Optional<Duration> timeout) throws InterruptedException {
        WatchKey key = timeout.isPresent() ? service.poll(timeout.get().toMillis(), TimeUnit.MILLISECONDS) : service.take();
        int relevant = 0;
        while (key != null) {
            Path folder = folders.get(key);
            for (WatchEvent<?> event : key.pollEvents()) {
                if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
                    relevant++; // events were lost: verify to be sure
                    continue;
                }
                Path changed = folder.resolve((Path) event.context());
                if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(changed)
                        && changed.startsWith(project.resolve("src"))) {
                    registerTree(changed);
                }
                if (WatchedPaths.isRelevant(project.relativize(changed))) {
                    relevant++;
                }
            }
            if (!key.reset()) {
                folders.remove(key);
            }
            key = service.poll(); // whatever else is already there
        }
        return relevant;
    }

    private void registerTree(Path root) {
        if (!Files.isDirectory(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path folder : walk.filter(Files::isDirectory).toList()) {
                register(folder);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void register(Path folder) {
        try {
            folders.put(folder.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                    StandardWatchEventKinds.ENTRY_DELETE), folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            service.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
