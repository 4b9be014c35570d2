package workshop.localcloud.samples;

import java.util.List;
import java.util.Objects;

/**
 * One title of the sample catalogue as a scraper should read it from the site: the expected, typed
 * values, in the shape of IMDb's {@code title.basics}.
 *
 * <p>The pages write these values as IMDb does ({@code isAdult} as {@code 0}/{@code 1}, {@code \N}
 * for an unknown year or runtime and for no genres, genres comma-separated), with whitespace around
 * and inside the cells; see the package documentation for the rule that turns a cell back into the
 * value held here.
 *
 * @param id             {@code tt} and 7 digits, unique in the catalogue
 * @param primaryTitle   the title it is known by
 * @param originalTitle  the title in its original language; often the same as {@code primaryTitle}
 * @param adult          whether it is an adult title ({@code isAdult} 1 on the page)
 * @param startYear      the release year, {@code null} where the page says {@code \N}
 * @param runtimeMinutes the running time, {@code null} where the page says {@code \N}
 * @param genres         zero to three genres, in the page's order; empty where the page says {@code \N}
 */
public record SampleMovie(String id, String primaryTitle, String originalTitle, boolean adult,
                          Integer startYear, Integer runtimeMinutes, List<String> genres) {

    public SampleMovie {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(primaryTitle, "primaryTitle");
        Objects.requireNonNull(originalTitle, "originalTitle");
        genres = List.copyOf(genres);
    }
}
