package workshop.movies;

/**
 * A movie row of a page that could not become a {@link Movie}; the rest of the page is still read.
 *
 * @param rowNumber the row's position among the page's movie rows, from 1
 * @param reason    what is wrong with it, e.g. {@code startYear is not a number: '19x4'}
 * @param excerpt   the row's text, at most {@link ErrorEntry#EXCERPT_LIMIT} characters
 */
public record RowProblem(int rowNumber, String reason, String excerpt) {
}
