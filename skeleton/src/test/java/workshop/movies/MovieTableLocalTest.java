package workshop.movies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static workshop.movies.SampleMovies.id;
import static workshop.movies.SampleMovies.movie;
import static workshop.movies.SampleMovies.movies;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** {@link MovieTable} against DynamoDB Local, with the tables of the resources stack. */
class MovieTableLocalTest {

    @RegisterExtension
    static final MovieTablesExtension tables = new MovieTablesExtension();

    @Test
    void savedMoviesComeBackAsTheyWereIncludingNonAsciiAndUnknownYears() {
        MovieTable table = tables.movieTable();
        Movie amelie = new Movie("tt0211915", "Amélie", "Le fabuleux destin d'Amélie Poulain", false, 2001, 122,
                List.of("Comedy", "Romance"));
        Movie spiritedAway = new Movie("tt0245429", "Spirited Away", "千と千尋の神隠し", false, 2001, 125, List.of("Animation"));
        Movie unknownYear = new Movie("tt9999999", "Untitled Project", "Untitled Project", false, null, null, List.of());

        table.saveAll(List.of(amelie, spiritedAway, unknownYear));

        assertThat(table.find("tt0211915")).contains(amelie);
        assertThat(table.find("tt0245429")).contains(spiritedAway);
        assertThat(table.find("tt9999999")).contains(unknownYear);
        assertThat(table.find("tt0000001")).isEmpty();
        assertThat(table.byYear(2001, 10, Map.of()).items()).containsExactly(amelie, spiritedAway);
    }

    @Test
    void sixtyMoviesTakeThreeBatchWritesWhenNothingIsThrottled() {
        tables.movieTable().saveAll(movies(60, 1994));

        assertThat(tables.callCounts()).isEqualTo(Map.of("BatchWriteItem", 3L));
        assertThat(tables.items(MovieTablesExtension.MOVIE_TABLE)).hasSize(60);
    }

    @Test
    void everyMovieArrivesWhenDynamoDbLeavesAThirdOfEachBatchUnprocessed() {
        tables.unprocessedItems(0.3, 42);

        tables.movieTable().saveAll(movies(60, 1994));

        assertThat(tables.items(MovieTablesExtension.MOVIE_TABLE))
                .extracting(item -> item.get("id"))
                .containsExactlyElementsOf(movies(60, 1994).stream().map(Movie::id).toList());
        assertThat(tables.callCounts().get("BatchWriteItem")).isGreaterThan(3L);
    }

    @Test
    void whenDynamoDbWritesNothingTheSaveGivesUpNamingEveryMovie() {
        tables.unprocessedItems(1, 42);

        assertThatThrownBy(() -> tables.movieTable().saveAll(movies(30, 1994)))
                .isInstanceOfSatisfying(MoviesNotSavedException.class, notSaved -> assertThat(notSaved.notSavedIds())
                        .containsExactlyInAnyOrderElementsOf(movies(30, 1994).stream().map(Movie::id).toList()));
        assertThat(tables.callCounts()).isEqualTo(Map.of("BatchWriteItem", (long) BatchWriteBackoff.MAX_ATTEMPTS));
        assertThat(tables.items(MovieTablesExtension.MOVIE_TABLE)).isEmpty();
    }

    @Test
    void aMovieTwiceInOneSaveIsAcceptedAndTheLaterVersionStays() {
        Movie corrected = new Movie(id(1), "Movie 1 (director's cut)", "Movie 1", false, 1994, 130, List.of("Drama"));

        tables.movieTable().saveAll(List.of(movie(1, 1994), movie(2, 1994), corrected));

        assertThat(tables.movieTable().find(id(1))).contains(corrected);
    }

    @Test
    void theYearIndexIsReadPageByPageInIdOrder() {
        List<Movie> all = new ArrayList<>(movies(23, 1994));
        all.add(movie(100, 1995));
        all.add(movie(101, null));
        tables.movieTable().saveAll(all);

        List<Movie> read = new ArrayList<>();
        Map<String, AttributeValue> startKey = Map.of();
        int pages = 0;
        do {
            TablePage<Movie> page = tables.movieTable().byYear(1994, 10, startKey);
            assertThat(page.items()).hasSizeLessThanOrEqualTo(10);
            read.addAll(page.items());
            startKey = page.lastEvaluatedKey();
            pages++;
        } while (!startKey.isEmpty());

        assertThat(read).containsExactlyElementsOf(movies(23, 1994));
        assertThat(pages).isEqualTo(3);
    }
}
