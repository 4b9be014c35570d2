package workshop.crawler;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The links of a fetched page: every {@code <a href>} the crawler could follow, resolved and in canonical
 * form ({@link UrlNormalizer}), each once, in the order of the page. Links to other hosts are included;
 * which ones to follow is the caller's decision.
 */
final class PageLinks {

    private PageLinks() {
    }

    static List<String> of(PageBody page) {
        // The page's location as the base, and jsoup takes a <base href> in the page into account.
        Document document = Jsoup.parse(page.html(), page.location());
        Set<String> links = new LinkedHashSet<>();
        for (Element anchor : document.select("a[href]")) {
            Optional<String> link = UrlNormalizer.resolve(anchor.baseUri(), anchor.attr("href"));
            link.ifPresent(links::add);
        }
        return List.copyOf(links);
    }
}
