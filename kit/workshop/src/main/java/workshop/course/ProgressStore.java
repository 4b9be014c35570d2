package workshop.course;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;

/**
 * Keeps {@link Progress} in a JSON file (normally .workshop/progress.json at the repository's root:
 * git-ignored, so it survives {@code git pull} and never ends up in a commit).
 *
 * <p>The file is written to a temporary file next to it and moved over the old one, so an interrupted
 * write (Ctrl-C during watch) leaves the previous progress, never half a file. An unreadable file is
 * reported rather than silently replaced: it is the attendee's record.
 */
public final class ProgressStore {

    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();

    private final Path file;

    public ProgressStore(Path file) {
        this.file = file;
    }

    public Path file() {
        return file;
    }

    public Progress load() {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return new Progress();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            return fromJson(JsonParser.parseString(text).getAsJsonObject());
        } catch (JsonParseException | IllegalStateException | IllegalArgumentException | NullPointerException e) {
            throw new CourseEngineException(file + " is not a progress file the workshop can read (" + e.getMessage()
                    + "): fix it, or move it away to start the progress afresh");
        }
    }

    public void save(Progress progress) {
        JsonObject json = new JsonObject();
        JsonObject exercises = new JsonObject();
        for (Map.Entry<String, Progress.Entry> entry : progress.entries().entrySet()) {
            JsonObject record = new JsonObject();
            record.addProperty("state", entry.getValue().state().name().toLowerCase(Locale.ROOT).replace('_', '-'));
            record.addProperty("at", entry.getValue().at().toString());
            if (entry.getValue().firstVerifiedAt() != null) {
                record.addProperty("firstVerifiedAt", entry.getValue().firstVerifiedAt().toString());
            }
            exercises.add(entry.getKey(), record);
        }
        json.add("exercises", exercises);
        JsonObject hints = new JsonObject();
        progress.hints().forEach(hints::addProperty);
        json.add("hintsShown", hints);
        writeAtomically(file, GSON.toJson(json) + "\n");
    }

    private static Progress fromJson(JsonObject json) {
        Progress progress = new Progress();
        JsonObject exercises = json.has("exercises") ? json.getAsJsonObject("exercises") : new JsonObject();
        for (Map.Entry<String, JsonElement> entry : exercises.entrySet()) {
            JsonObject record = entry.getValue().getAsJsonObject();
            Progress.State state = Progress.State.valueOf(record.get("state").getAsString().toUpperCase(Locale.ROOT).replace('-', '_'));
            Instant at = Instant.parse(record.get("at").getAsString());
            Instant first = record.has("firstVerifiedAt") ? Instant.parse(record.get("firstVerifiedAt").getAsString()) : null;
            progress.entries().put(entry.getKey(), new Progress.Entry(state, at, first));
        }
        JsonObject hints = json.has("hintsShown") ? json.getAsJsonObject("hintsShown") : new JsonObject();
        hints.entrySet().forEach(entry -> progress.hints().put(entry.getKey(), entry.getValue().getAsInt()));
        return progress;
    }

    /** Writes a file so that readers see the old content or the new one, never a part. */
    public static void writeAtomically(Path file, String content) {
        try {
            Path folder = file.toAbsolutePath().getParent();
            Files.createDirectories(folder);
            Path temporary = Files.createTempFile(folder, file.getFileName().toString(), ".tmp");
            try {
                Files.writeString(temporary, content, StandardCharsets.UTF_8);
                try {
                    Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
