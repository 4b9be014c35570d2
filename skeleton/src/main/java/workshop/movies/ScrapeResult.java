package workshop.movies;

import java.util.List;

/**
 * What a walk through the listing found.
 *
 * @param startUrl       where the walk began
 * @param pagesRead      pages whose listing was read (a page that failed is not counted)
 * @param movies         the movies, in page order
 * @param errors         the pages that could not be read and the rows that were not movies, in the order met
 * @param stoppedBecause why the walk ended, for a person: last page, page limit, a cycle or a failed page
 */
public record ScrapeResult(String startUrl, int pagesRead, List<Movie> movies, List<ErrorEntry> errors,
                           String stoppedBecause) {

    public ScrapeResult {
        movies = List.copyOf(movies);
        errors = List.copyOf(errors);
    }

    /** Not even the first page could be read: there was nothing to scrape, which is worth a 502. */
    public boolean nothingRead() {
        return pagesRead == 0;
    }
}
