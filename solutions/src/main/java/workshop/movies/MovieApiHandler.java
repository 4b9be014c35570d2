package workshop.movies;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import workshop.support.AwsClients;
import workshop.support.Env;

/**
 * The read API of the movies pipeline (an HTTP API, payload format 2.0):
 * <ul>
 *   <li>{@code GET /movies/{id}}: one movie, in the stream's JSON format ({@link MovieJson});</li>
 *   <li>{@code GET /movies?year=2002&limit=25&next=...}: the movies of a year, a page at a time,
 *       {@code {"movies":[...],"next":"..."}};</li>
 *   <li>{@code GET /errors?limit=25&next=...}: what the pipeline could not use,
 *       {@code {"errors":[...],"next":"..."}}.</li>
 * </ul>
 * {@code next} is absent from the last page; passed back as is, it asks for the page after. Every
 * answer is JSON; a problem with the request is a 400 with a {@code message} saying what to fix.
 *
 * <p>An exception from DynamoDB is not caught: Lambda counts the invocation as an error (which is
 * what alarms watch) and API Gateway answers {@code 500 {"message":"Internal Server Error"}}.
 */
public class MovieApiHandler implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {

    static final int DEFAULT_LIMIT = 25;
    static final int MAX_LIMIT = 100;

    /** The range {@link Movie} accepts for a year. */
    static final int FIRST_YEAR = Movie.FIRST_YEAR;
    static final int LAST_YEAR = Movie.LAST_YEAR;

    /** DynamoDB's limit for a partition key: a longer id cannot be in the table. */
    private static final int MAX_KEY_BYTES = 2048;

    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern LIMIT = Pattern.compile("\\d{1,3}");

    private final MovieTable movies;
    private final ErrorTable errors;

    public MovieApiHandler() {
        this(new MovieTable(AwsClients.dynamoDb(), Env.required("MOVIE_TABLE")),
                new ErrorTable(AwsClients.dynamoDb(), Env.required("ERROR_TABLE")));
    }

    public MovieApiHandler(MovieTable movies, ErrorTable errors) {
        this.movies = movies;
        this.errors = errors;
    }

    @Override
    public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
        String route = event.getRouteKey() != null ? event.getRouteKey() : "";
        Map<String, String> query = event.getQueryStringParameters() != null ? event.getQueryStringParameters() : Map.of();
        try {
            switch (route) {
                case "GET /movies/{id}":
                    return movie(event.getPathParameters() != null ? event.getPathParameters().get("id") : null);
                case "GET /movies":
                    return moviesOfYear(query);
                case "GET /errors":
                    return errorEntries(query);
                default:
                    return response(404, message("Not Found"));
            }
        } catch (BadRequestException badRequest) {
            return response(400, message(badRequest.getMessage()));
        }
    }

    private APIGatewayV2HTTPResponse movie(String id) {
        if (!TitleIds.isTitleId(id)) {
            throw new BadRequestException("'" + id + "' is not a title id (tt followed by at least 7 digits)");
        }
        if (id.getBytes(StandardCharsets.UTF_8).length > MAX_KEY_BYTES) {
            return response(404, message("no movie " + id));
        }
        return movies.find(id)
                .map(movie -> response(200, movieJson(movie)))
                .orElseGet(() -> response(404, message("no movie " + id)));
    }

    private APIGatewayV2HTTPResponse moviesOfYear(Map<String, String> query) {
        // The year is required: without it, listing movies would mean a Scan of the whole table.
        int year = year(query.get("year"));
        int limit = limit(query.get("limit"));
        Map<String, AttributeValue> startKey = startKey(query.get("next"), key -> MovieTable.isYearIndexKey(key, year));

        TablePage<Movie> page = movies.byYear(year, limit, startKey);
        JsonArray list = new JsonArray();
        page.items().forEach(movie -> list.add(movieJson(movie)));
        return response(200, pageJson("movies", list, page));
    }

    private APIGatewayV2HTTPResponse errorEntries(Map<String, String> query) {
        int limit = limit(query.get("limit"));
        Map<String, AttributeValue> startKey = startKey(query.get("next"), ErrorTable::isKey);

        TablePage<ErrorEntry> page = errors.page(limit, startKey);
        JsonArray list = new JsonArray();
        page.items().forEach(entry -> list.add(errorJson(entry)));
        return response(200, pageJson("errors", list, page));
    }

    private static int year(String text) {
        if (text == null) {
            throw new BadRequestException("year is required, e.g. /movies?year=2002");
        }
        int year = YEAR.matcher(text).matches() ? Integer.parseInt(text) : -1;
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new BadRequestException("year must be a year from " + FIRST_YEAR + " to " + LAST_YEAR + ", got '" + text + "'");
        }
        return year;
    }

    private static int limit(String text) {
        if (text == null) {
            return DEFAULT_LIMIT;
        }
        int limit = LIMIT.matcher(text).matches() ? Integer.parseInt(text) : -1;
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new BadRequestException("limit must be a whole number from 1 to " + MAX_LIMIT + ", got '" + text + "'");
        }
        return limit;
    }

    /**
     * Where the page starts: nowhere special without a token; with one, the key it holds, provided
     * it is a key of this query.
     */
    private static Map<String, AttributeValue> startKey(String token, Predicate<Map<String, AttributeValue>> fitsTheQuery) {
        if (token == null) {
            return Map.of();
        }
        return PaginationToken.decode(token)
                .filter(fitsTheQuery)
                .orElseThrow(() -> new BadRequestException("invalid next token"));
    }

    private static JsonObject pageJson(String listName, JsonArray list, TablePage<?> page) {
        JsonObject json = new JsonObject();
        json.add(listName, list);
        Optional<String> next = PaginationToken.encode(page.lastEvaluatedKey());
        next.ifPresent(token -> json.addProperty("next", token));
        return json;
    }

    /** The movie as on the stream: one JSON format for a movie, wherever it is shown. */
    private static JsonObject movieJson(Movie movie) {
        return JsonParser.parseString(MovieJson.toJson(movie)).getAsJsonObject();
    }

    private static JsonObject errorJson(ErrorEntry entry) {
        JsonObject json = new JsonObject();
        json.addProperty("id", entry.id());
        json.addProperty("kind", entry.kind());
        json.addProperty("reason", entry.reason());
        json.addProperty("time", entry.time().toString());
        JsonObject details = new JsonObject();
        new TreeMap<>(entry.details()).forEach(details::addProperty); // sorted: the entry's map has no order
        json.add("details", details);
        return json;
    }

    private static JsonObject message(String text) {
        JsonObject json = new JsonObject();
        json.addProperty("message", text);
        return json;
    }

    private static APIGatewayV2HTTPResponse response(int status, JsonObject body) {
        return APIGatewayV2HTTPResponse.builder()
                .withStatusCode(status)
                .withHeaders(Map.of("content-type", "application/json"))
                .withBody(body.toString())
                .build();
    }

    /** A request this API cannot answer as asked; the message tells the client what to change. */
    private static final class BadRequestException extends RuntimeException {

        BadRequestException(String message) {
            super(message);
        }
    }
}
