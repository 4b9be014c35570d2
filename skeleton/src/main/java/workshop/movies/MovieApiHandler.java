package workshop.movies;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import workshop.support.AwsClients;
import workshop.support.Env;

/**
 * The read API of the movies pipeline (an HTTP API, payload format 2.0), on the tables
 * {@code MOVIE_TABLE} and {@code ERROR_TABLE}:
 * <ul>
 *   <li>{@code GET /movies/{id}}: one movie, in the stream's JSON format ({@link MovieJson}), or 404;</li>
 *   <li>{@code GET /movies?year=2002&limit=25&next=...}: the movies of a year, a page at a time,
 *       {@code {"movies":[...],"next":"..."}};</li>
 *   <li>{@code GET /errors?limit=25&next=...}: what the pipeline could not use,
 *       {@code {"errors":[...],"next":"..."}}.</li>
 * </ul>
 * {@code limit} is {@value #DEFAULT_LIMIT} when absent, at most {@value #MAX_LIMIT}. {@code next} is
 * absent from the last page; passed back as is, it asks for the page after ({@link PaginationToken}).
 * Every answer is JSON; a problem with the request is a 400 with a {@code message} saying what to fix
 * (a missing or impossible year, a bad limit, a token that is not one of this query's).
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
        throw new UnsupportedOperationException(
                "Exercise 07: answer GET /movies/{id}, GET /movies?year= and GET /errors - see exercises/07-query-api/README.md");
    }
}
