package workshop.cli;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;

/**
 * A client of the admin endpoint of the local cloud started by {@code ./workshop up}, found through
 * the file that {@code up} writes.
 */
final class RunningCloud {

    /** Where a running cloud is, as {@code up} records it. */
    record Address(String adminUrl, String httpUrl, long pid) {
    }

    private static final Gson JSON = new Gson();
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

    private final String adminUrl;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private RunningCloud(String adminUrl) {
        this.adminUrl = adminUrl;
    }

    /** The running cloud, or a {@link NoCloudException} saying how to start one. */
    static RunningCloud find(String adminUrlOverride) {
        if (adminUrlOverride != null) {
            return new RunningCloud(adminUrlOverride);
        }
        Path file = WorkshopHome.runningCloudFile();
        if (!Files.exists(file)) {
            throw new NoCloudException();
        }
        String adminUrl;
        try {
            adminUrl = JSON.fromJson(Files.readString(file), Address.class).adminUrl();
        } catch (IOException | RuntimeException e) {
            throw new NoCloudException();
        }
        if (adminUrl == null) {
            throw new NoCloudException();
        }
        return new RunningCloud(adminUrl);
    }

    /** Where the cloud started by {@code ./workshop up} answers, or a {@link NoCloudException}. */
    static Address address() {
        Path file = WorkshopHome.runningCloudFile();
        try {
            Address address = JSON.fromJson(Files.readString(file), Address.class);
            if (address == null || address.httpUrl() == null) {
                throw new NoCloudException();
            }
            return address;
        } catch (IOException | RuntimeException e) {
            throw new NoCloudException();
        }
    }

    /** Written whole or not at all (a temporary file moved into place): a reader never sees half a file. */
    static void record(Address address) throws IOException {
        Files.createDirectories(WorkshopHome.stateDirectory());
        Path file = WorkshopHome.runningCloudFile();
        Path written = Files.createTempFile(file.getParent(), "cloud", ".json.tmp");
        try {
            Files.writeString(written, JSON.toJson(address));
            Files.move(written, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(written);
        }
    }

    static void forget() {
        try {
            Files.deleteIfExists(WorkshopHome.runningCloudFile());
        } catch (IOException ignored) {
            // A stale file only means the next command says "no local cloud is running".
        }
    }

    JsonElement get(String path, Map<String, String> query) {
        return send(HttpRequest.newBuilder(uri(path, query)).GET());
    }

    JsonElement post(String path) {
        return post(path, Map.of(), REQUEST_TIMEOUT);
    }

    /** A POST that may take long on the cloud's side (e.g. waiting for idle): it gets its own timeout. */
    JsonElement post(String path, Map<String, String> query, Duration timeout) {
        return send(HttpRequest.newBuilder(uri(path, query)).POST(HttpRequest.BodyPublishers.noBody()), timeout);
    }

    private URI uri(String path, Map<String, String> query) {
        StringBuilder url = new StringBuilder(adminUrl).append(path);
        String separator = "?";
        for (Map.Entry<String, String> parameter : query.entrySet()) {
            url.append(separator).append(parameter.getKey()).append('=')
                    .append(URLEncoder.encode(parameter.getValue(), StandardCharsets.UTF_8));
            separator = "&";
        }
        return URI.create(url.toString());
    }

    private JsonElement send(HttpRequest.Builder request) {
        return send(request, REQUEST_TIMEOUT);
    }

    private JsonElement send(HttpRequest.Builder request, Duration timeout) {
        try {
            HttpResponse<String> response = http.send(request.timeout(timeout).build(),
                    HttpResponse.BodyHandlers.ofString());
            JsonElement body = JsonParser.parseString(response.body());
            if (response.statusCode() != 200) {
                String message = body.isJsonObject() && body.getAsJsonObject().has("message")
                        ? body.getAsJsonObject().get("message").getAsString()
                        : response.body();
                throw new IllegalStateException(message);
            }
            return body;
        } catch (ConnectException e) {
            throw new NoCloudException();
        } catch (IOException e) {
            throw new IllegalStateException("the local cloud did not answer: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** No local cloud answers. */
    static final class NoCloudException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NoCloudException() {
            super("no local cloud is running: start one with './workshop up' in another terminal");
        }
    }
}
