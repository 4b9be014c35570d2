package workshop.movies;

import java.util.List;
import java.util.stream.IntStream;

/** Movies for tests: valid, distinct, with ids that sort in the order they are made. */
final class SampleMovies {

    private SampleMovies() {
    }

    /** Movie number {@code n}: id {@code tt1000000 + n}, released in {@code year}. */
    static Movie movie(int n, Integer year) {
        return new Movie(id(n), "Movie " + n, "Movie " + n, false, year, 90, List.of("Drama"));
    }

    static String id(int n) {
        return "tt" + (1_000_000 + n);
    }

    /** Movies number 1 to {@code count}, all released in {@code year}. */
    static List<Movie> movies(int count, Integer year) {
        return IntStream.rangeClosed(1, count).mapToObj(n -> movie(n, year)).toList();
    }
}
