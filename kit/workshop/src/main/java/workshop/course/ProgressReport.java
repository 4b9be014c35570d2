package workshop.course;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * An attendee's progress as a small JSON file for the instructor ({@code ./workshop report}); a
 * folder of them becomes a class table ({@code ./workshop class-report DIR}).
 *
 * @param name      who (the {@code --name} given, else the login name)
 * @param suffix    the attendee's stack suffix when set (their AWS resources carry it), else empty
 * @param states    per exercise id: verified, caught-up, failed (not started ones are left out)
 * @param verifiedAt per exercise id: when its tests first passed
 */
public record ProgressReport(String name, String suffix, Instant writtenAt, Map<String, String> states,
                             Map<String, Instant> verifiedAt) {

    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();

    public static ProgressReport of(String name, String suffix, Course course, Progress progress, Instant now) {
        Map<String, String> states = new LinkedHashMap<>();
        Map<String, Instant> verified = new LinkedHashMap<>();
        for (Exercise exercise : course.exercises()) {
            Progress.State state = progress.state(exercise);
            if (state != Progress.State.NOT_STARTED) {
                states.put(exercise.id(), state.name().toLowerCase(Locale.ROOT).replace('_', '-'));
            }
            progress.entry(exercise).map(Progress.Entry::firstVerifiedAt).ifPresent(at -> verified.put(exercise.id(), at));
        }
        return new ProgressReport(name, suffix == null ? "" : suffix, now, states, verified);
    }

    public String toJson() {
        JsonObject json = new JsonObject();
        json.addProperty("name", name);
        if (!suffix.isEmpty()) {
            json.addProperty("suffix", suffix);
        }
        json.addProperty("writtenAt", writtenAt.toString());
        JsonArray exercises = new JsonArray();
        states.forEach((id, state) -> {
            JsonObject exercise = new JsonObject();
            exercise.addProperty("id", id);
            exercise.addProperty("state", state);
            if (verifiedAt.containsKey(id)) {
                exercise.addProperty("verifiedAt", verifiedAt.get(id).toString());
            }
            exercises.add(exercise);
        });
        json.add("exercises", exercises);
        return GSON.toJson(json) + "\n";
    }

    /** The report in a file; empty when the file is not a progress report (so a class folder may hold other files). */
    public static Optional<ProgressReport> read(Path file) {
        try {
            JsonObject json = JsonParser.parseString(Files.readString(file, StandardCharsets.UTF_8)).getAsJsonObject();
            if (!json.has("name") || !json.has("exercises")) {
                return Optional.empty();
            }
            Map<String, String> states = new LinkedHashMap<>();
            Map<String, Instant> verified = new LinkedHashMap<>();
            for (JsonElement element : json.getAsJsonArray("exercises")) {
                JsonObject exercise = element.getAsJsonObject();
                String id = exercise.get("id").getAsString();
                states.put(id, exercise.get("state").getAsString());
                if (exercise.has("verifiedAt")) {
                    verified.put(id, Instant.parse(exercise.get("verifiedAt").getAsString()));
                }
            }
            return Optional.of(new ProgressReport(json.get("name").getAsString(),
                    json.has("suffix") ? json.get("suffix").getAsString() : "",
                    json.has("writtenAt") ? Instant.parse(json.get("writtenAt").getAsString()) : Instant.EPOCH,
                    states, verified));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (JsonParseException | IllegalStateException | UnsupportedOperationException | NullPointerException
                 | java.time.format.DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** Every report among the folder's .json files, sorted by name; the other files' names in {@code skipped}. */
    public static List<ProgressReport> readAll(Path folder, List<Path> skipped) {
        List<ProgressReport> reports = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".json")).sorted().toList()) {
                Optional<ProgressReport> report = read(file);
                if (report.isPresent()) {
                    reports.add(report.get());
                } else {
                    skipped.add(file);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        reports.sort((a, b) -> a.name().compareToIgnoreCase(b.name()));
        return reports;
    }
}
