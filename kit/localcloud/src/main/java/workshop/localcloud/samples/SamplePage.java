package workshop.localcloud.samples;

/**
 * A page of the sample site, with the status it is served with.
 *
 * @param status the HTTP status: 200, or 400/404/405 for the site's error pages
 * @param html   the whole HTML document
 */
public record SamplePage(int status, String html) {
}
