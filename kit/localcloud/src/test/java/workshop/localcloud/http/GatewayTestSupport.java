package workshop.localcloud.http;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import workshop.localcloud.config.EventDefinition;
import workshop.localcloud.config.Location;

/** Shared by the gateway tests: route definitions as serverless.yml would give them, and an HTTP client. */
final class GatewayTestSupport {

    static final Location YML = new Location("serverless.yml", 1);

    /**
     * HTTP/1.1 on purpose: for a plain http:// URL the default client offers an upgrade to HTTP/2
     * with extra headers that would show up in the events under test.
     */
    static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    private GatewayTestSupport() {
    }

    static EventDefinition.Http http(String method, String path) {
        return new EventDefinition.Http(method, path, YML);
    }

    static EventDefinition.HttpApi httpApi(String method, String path) {
        return new EventDefinition.HttpApi(method, path, "2.0", YML);
    }

    static EventDefinition.HttpApi httpApiV1(String method, String path) {
        return new EventDefinition.HttpApi(method, path, "1.0", YML);
    }

    static HttpRequest.Builder request(LocalApiGateway gateway, String pathAndQuery) {
        return HttpRequest.newBuilder(URI.create(gateway.baseUrl() + pathAndQuery)).timeout(Duration.ofSeconds(20));
    }

    static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static HttpResponse<byte[]> sendForBytes(HttpRequest.Builder request) {
        try {
            return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static HttpResponse<String> get(LocalApiGateway gateway, String pathAndQuery) {
        return send(request(gateway, pathAndQuery).GET());
    }

    static JsonObject json(HttpResponse<String> response) {
        return JsonParser.parseString(response.body()).getAsJsonObject();
    }

    /** A payload 1.0 result: 200 with a small JSON body. */
    static APIGatewayProxyResponseEvent ok(String body) {
        return new APIGatewayProxyResponseEvent().withStatusCode(200).withBody(body)
                .withHeaders(Map.of("Content-Type", "application/json"));
    }
}
