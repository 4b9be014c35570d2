package workshop.localcloud.samples;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import workshop.localcloud.samples.CrawlLink.Form;
import workshop.localcloud.samples.CrawlSitePage.Kind;

/**
 * The pages of the {@link SampleCrawlSite} and their links: the site's link graph. Built once, from
 * arithmetic and a fixed seed, so the site is the same on every machine.
 *
 * <p>What a crawler meets here, and where:
 * <ul>
 *   <li><b>Cycles:</b> every page links home and to itself ({@code #top}); films, people, genres and
 *       archive issues link to their neighbours both ways (A &rarr; B &rarr; A).</li>
 *   <li><b>One address, many spellings:</b> the home page links film 1 four ways (root-relative,
 *       absolute, with a fragment, with a trailing slash); film pages link their director twice
 *       (relative and with a fragment). See {@link CrawlLink.Form}.</li>
 *   <li><b>Other hosts:</b> external sites, the mirror host, {@code mailto:} and {@code ftp:}.</li>
 *   <li><b>Broken links:</b> {@value #BROKEN_LINKS} linked pages that do not exist (404).</li>
 *   <li><b>Files:</b> a text file and a PNG image, linked and served with their own types.</li>
 *   <li><b>robots.txt:</b> the staff area under {@code /sample/crawl/private} is disallowed except its
 *       press kit; only the staff pages link to the {@code secret} pages.</li>
 *   <li><b>Depth:</b> the archive is a chain of {@value #ARCHIVE_ISSUES} issues, each linked from the
 *       one before; its last issue links to an issue that is not out yet (404).</li>
 *   <li><b>Unreachable:</b> the {@code drafts} exist but no page links to them (the text file names
 *       one, as text, not as a link).</li>
 * </ul>
 */
final class CrawlSiteMap {

    static final String HOME = "/sample/crawl";

    static final int FILMS = 140;
    static final int PEOPLE = 90;
    static final int STUDIOS = 20;
    static final int GENRES = 12;
    static final int ARCHIVE_ISSUES = 10;
    static final int STAFF_MEMOS = 5;
    static final int SECRETS = 3;
    static final int DRAFTS = 4;
    static final int BROKEN_LINKS = 6;

    static final String FILMS_INDEX = HOME + "/films";
    static final String PEOPLE_INDEX = HOME + "/people";
    static final String STUDIOS_INDEX = HOME + "/studios";
    static final String GENRES_INDEX = HOME + "/genres";
    static final String ARCHIVE_INDEX = HOME + "/archive";
    static final String STAFF_INDEX = HOME + "/private";
    static final String PRESS_KIT = HOME + "/private/press";
    static final String NOTES = HOME + "/files/notes.txt";
    static final String POSTER = HOME + "/files/poster.png";

    /** The seed of the films' invented titles. */
    private static final long TITLE_SEED = 7L;

    private static final List<String> GENRE_NAMES = List.of("Drama", "Comedy", "Thriller", "Documentary",
            "Animation", "Western", "Horror", "Romance", "Science fiction", "Musical", "Crime", "Adventure");
    private static final List<String> STUDIO_WORDS = List.of("Velmora", "Quinthol", "Elbar", "Norrow", "Castel");
    private static final List<String> STUDIO_KINDS = List.of("Pictures", "Films", "Studios", "Works");
    private static final List<String> FIRST_NAMES = List.of("Arlo", "Brina", "Cato", "Dalia", "Emeric", "Fenna",
            "Goran", "Halle", "Ivo", "Jorun", "Kasimir", "Liv", "Maren", "Niko", "Odile");
    private static final List<String> LAST_NAMES = List.of("Ashgrove", "Brennic", "Corvale", "Dunmere", "Elstow",
            "Fairholm", "Garrick", "Hollin", "Ivers", "Jessop", "Kestrel", "Lowther", "Marrow");

    private final List<String> filmTitles;
    /** In the order added: the home page first. */
    private final Map<String, PageBuilder> pages = new LinkedHashMap<>();

    private CrawlSiteMap() {
        InventedTitles titles = new InventedTitles(new Random(TITLE_SEED));
        List<String> invented = new ArrayList<>();
        for (int n = 1; n <= FILMS; n++) {
            invented.add(titles.next().primary());
        }
        filmTitles = List.copyOf(invented);
    }

    /** Every page by its canonical path, the home page first. */
    static Map<String, CrawlSitePage> build() {
        CrawlSiteMap map = new CrawlSiteMap();
        map.addAll();
        Map<String, CrawlSitePage> built = new LinkedHashMap<>();
        map.pages.forEach((path, page) -> built.put(path, page.build()));
        return Collections.unmodifiableMap(built);
    }

    static String film(int n) {
        return FILMS_INDEX + "/" + n;
    }

    static String person(int p) {
        return PEOPLE_INDEX + "/" + p;
    }

    static String studio(int s) {
        return STUDIOS_INDEX + "/" + s;
    }

    static String genre(int g) {
        return GENRES_INDEX + "/" + g;
    }

    static String issue(int k) {
        return ARCHIVE_INDEX + "/" + k;
    }

    static String memo(int k) {
        return STAFF_INDEX + "/" + k;
    }

    static String secret(int s) {
        return HOME + "/secret/" + s;
    }

    static String draft(int d) {
        return HOME + "/drafts/" + d;
    }

    private void addAll() {
        addHome();
        addFilms();
        addPeople();
        addStudios();
        addGenres();
        addArchive();
        addStaffArea();
        addDrafts();
        addFiles();
    }

    private void addHome() {
        html(HOME, "Reel Sample, the crawl site",
                "Films, people, studios and genres, all invented, linked every which way for the workshop's crawler.")
                .link(Form.ROOT_RELATIVE, FILMS_INDEX, "Films")
                .link(Form.TRAILING_SLASH, PEOPLE_INDEX, "People")
                .link(Form.ABSOLUTE, STUDIOS_INDEX, "Studios")
                .link(Form.ROOT_RELATIVE, GENRES_INDEX, "Genres")
                .link(Form.SCHEME_RELATIVE, GENRES_INDEX, "All genres")
                .link(Form.ROOT_RELATIVE, ARCHIVE_INDEX, "The archive")
                .link(Form.ROOT_RELATIVE, film(1), "Film of the week: " + filmTitles.get(0))
                .link(Form.ABSOLUTE, film(1), "Film of the week (permalink)")
                .link(Form.FRAGMENT, film(1), "Film of the week: details")
                .link(Form.TRAILING_SLASH, film(1), "Film of the week, again")
                .link(Form.MIRROR, film(2), "Film 2 on our mirror")
                .link(Form.TRAILING_SLASH, STAFF_INDEX, "Staff area")
                .link(Form.ROOT_RELATIVE, PRESS_KIT, "Press kit")
                .link(Form.ROOT_RELATIVE, NOTES, "Editors' notes (text)")
                .link(Form.ROOT_RELATIVE, HOME + "/reviews", "Reviews (coming soon)")
                .link(Form.EXTERNAL, "https://example.com/", "Our partner site")
                .link(Form.EXTERNAL, "http://www.imdb.invalid/title/tt0000001/", "The same film elsewhere")
                .link(Form.OTHER_SCHEME, "mailto:editor@reel-sample.invalid", "Write to the editor")
                .link(Form.OTHER_SCHEME, "ftp://ftp.reel-sample.invalid/catalogue.txt", "The catalogue by FTP");
    }

    private void addFilms() {
        PageBuilder index = html(FILMS_INDEX, "Films", "The latest films. Older ones are linked from each film's page.");
        for (int n = 1; n <= 8; n++) {
            index.link(Form.RELATIVE, film(n), filmTitles.get(n - 1));
        }
        index.link(Form.ROOT_RELATIVE, film(999), "Film 999 (withdrawn)");

        for (int n = 1; n <= FILMS; n++) {
            int director = (n * 7) % PEOPLE + 1;
            int castMember = (n * 13 + 4) % PEOPLE + 1;
            int studio = (n - 1) % STUDIOS + 1;
            int genre = (n - 1) % GENRES + 1;
            PageBuilder page = html(film(n), filmTitles.get(n - 1),
                    filmTitles.get(n - 1) + " (" + (1950 + (n * 17) % 70) + "), a "
                            + GENRE_NAMES.get(genre - 1).toLowerCase(Locale.ROOT) + " from "
                            + studioName(studio) + ", directed by " + personName(director) + ", with "
                            + personName(castMember) + ".")
                    .link(Form.RELATIVE, FILMS_INDEX, "All films");
            if (n > 1) {
                page.link(Form.RELATIVE, film(n - 1), "Previous film");
            }
            if (n < FILMS) {
                page.link(Form.DOT_RELATIVE, film(n + 1), "Next film");
            }
            page.link(Form.RELATIVE, person(director), "Director: " + personName(director))
                    .link(Form.FRAGMENT, person(director), "About the director")
                    .link(Form.RELATIVE, person(castMember), "Starring " + personName(castMember))
                    .link(Form.TRAILING_SLASH, studio(studio), studioName(studio))
                    .link(Form.RELATIVE, genre(genre), GENRE_NAMES.get(genre - 1));
            if (n % 25 == 0) {
                page.link(Form.EXTERNAL, "https://example.com/films/" + n, "This film on our partner site")
                        .link(Form.MIRROR, film(n < FILMS ? n + 1 : 1), "The next film on our mirror");
            }
            addFilmExtras(n, page);
        }
    }

    /** The few films with a link of a kind the others lack: broken, to the staff area, to a file. */
    private static void addFilmExtras(int n, PageBuilder page) {
        switch (n) {
            case 7 -> page.link(Form.ROOT_RELATIVE, person(0), "The producer (no page)");
            case 13 -> page.link(Form.RELATIVE, memo(2), "Staff memo about this film");
            case 50 -> page.link(Form.ABSOLUTE, memo(4), "Staff memo: the reshoot");
            case 77 -> page.link(Form.TRAILING_SLASH, studio(STUDIOS + 1), "Its distributor (no page)");
            case 100 -> page.link(Form.RELATIVE, POSTER, "The poster (PNG)");
            default -> {
                // most films have nothing more
            }
        }
    }

    private void addPeople() {
        PageBuilder index = html(PEOPLE_INDEX, "People", "Directors and actors. Each page links to the next.");
        for (int p = 1; p <= 10; p++) {
            index.link(Form.RELATIVE, person(p), personName(p));
        }
        for (int p = 1; p <= PEOPLE; p++) {
            PageBuilder page = html(person(p), personName(p),
                    personName(p) + " has worked on " + (2 + p % 9) + " films of this site.")
                    .link(Form.RELATIVE, PEOPLE_INDEX, "All people")
                    .link(p % 5 == 0 ? Form.ABSOLUTE : Form.RELATIVE, film(p), "Known for: " + filmTitles.get(p - 1));
            if (p + 50 <= FILMS) {
                page.link(Form.RELATIVE, film(p + 50), "Also: " + filmTitles.get(p + 49));
            }
            if (p > 1) {
                page.link(Form.RELATIVE, person(p - 1), "Previous: " + personName(p - 1));
            }
            if (p < PEOPLE) {
                page.link(Form.RELATIVE, person(p + 1), "Next: " + personName(p + 1));
            }
            if (p == 45) {
                page.link(Form.RELATIVE, film(0), "Their first film (no page)");
            }
        }
    }

    private void addStudios() {
        PageBuilder index = html(STUDIOS_INDEX, "Studios", "Every studio of the site.");
        for (int s = 1; s <= STUDIOS; s++) {
            index.link(Form.RELATIVE, studio(s), studioName(s));
        }
        for (int s = 1; s <= STUDIOS; s++) {
            PageBuilder page = html(studio(s), studioName(s), studioName(s) + " made these films, among others.")
                    .link(Form.RELATIVE, STUDIOS_INDEX, "All studios");
            for (int n = s; n <= FILMS && n <= s + 2 * STUDIOS; n += STUDIOS) {
                page.link(Form.RELATIVE, film(n), filmTitles.get(n - 1));
            }
        }
    }

    private void addGenres() {
        PageBuilder index = html(GENRES_INDEX, "Genres", "Every genre of the site.");
        for (int g = 1; g <= GENRES; g++) {
            index.link(Form.RELATIVE, genre(g), GENRE_NAMES.get(g - 1));
        }
        for (int g = 1; g <= GENRES; g++) {
            PageBuilder page = html(genre(g), GENRE_NAMES.get(g - 1), "Three films of the genre "
                    + GENRE_NAMES.get(g - 1).toLowerCase(Locale.ROOT) + ".")
                    .link(Form.RELATIVE, GENRES_INDEX, "All genres");
            for (int n = g; n <= g + 2 * GENRES; n += GENRES) {
                page.link(Form.RELATIVE, film(n), filmTitles.get(n - 1));
            }
            page.link(Form.RELATIVE, genre(g % GENRES + 1), "Next genre");
            page.link(Form.RELATIVE, genre((g + GENRES - 2) % GENRES + 1), "Previous genre");
        }
    }

    /** A chain: the index links issue 1 only, and each issue the next, so issue k is k + 1 links from home. */
    private void addArchive() {
        html(ARCHIVE_INDEX, "The archive", "Our newsletter, oldest issue first. Each issue links to the next.")
                .link(Form.RELATIVE, issue(1), "Issue 1");
        for (int k = 1; k <= ARCHIVE_ISSUES; k++) {
            PageBuilder page = html(issue(k), "Newsletter, issue " + k, "Issue " + k + " of the newsletter.")
                    .link(Form.RELATIVE, ARCHIVE_INDEX, "The archive");
            if (k > 1) {
                page.link(Form.RELATIVE, issue(k - 1), "Issue " + (k - 1));
            }
            // The last issue links to the next one too, which is not out yet: a 404 at the chain's end.
            page.link(Form.DOT_RELATIVE, issue(k + 1), k < ARCHIVE_ISSUES ? "Issue " + (k + 1) : "Next issue (not out yet)");
        }
    }

    /** Disallowed by robots.txt, all but the press kit; only these pages link to the secret ones. */
    private void addStaffArea() {
        PageBuilder index = html(STAFF_INDEX, "Staff area", "For the staff only: robots.txt keeps crawlers out.");
        for (int k = 1; k <= STAFF_MEMOS; k++) {
            index.link(Form.RELATIVE, memo(k), "Memo " + k);
        }
        index.link(Form.RELATIVE, PRESS_KIT, "Press kit");
        for (int k = 1; k <= STAFF_MEMOS; k++) {
            html(memo(k), "Staff memo " + k, "An internal memo.")
                    .link(Form.RELATIVE, STAFF_INDEX, "Staff area")
                    .link(Form.RELATIVE, secret((k - 1) % SECRETS + 1), "The secret plan")
                    .link(Form.RELATIVE, film(k), filmTitles.get(k - 1));
        }
        html(PRESS_KIT, "Press kit", "For journalists: robots.txt allows this page although the staff area is closed.")
                .link(Form.RELATIVE, memo(1), "Memo 1 (staff only)")
                .link(Form.RELATIVE, STAFF_INDEX, "Staff area (staff only)")
                .link(Form.ABSOLUTE, film(FILMS), "Our newest film: " + filmTitles.get(FILMS - 1));
        for (int s = 1; s <= SECRETS; s++) {
            html(secret(s), "Secret plan " + s, "Only a crawler that ignores robots.txt finds this page.")
                    .link(Form.RELATIVE, secret(s % SECRETS + 1), "Another secret plan")
                    .link(Form.RELATIVE, film(1), filmTitles.get(0));
        }
    }

    /** Pages that exist but are linked from nowhere: a crawler must not find them. */
    private void addDrafts() {
        for (int d = 1; d <= DRAFTS; d++) {
            html(draft(d), "Draft " + d, "A page nobody links to yet.")
                    .link(Form.RELATIVE, draft(d % DRAFTS + 1), "Another draft");
        }
    }

    private void addFiles() {
        add(new PageBuilder(NOTES, Kind.TEXT, "notes.txt", "Notes for the editors of Reel Sample.\n"
                + "The drafts are not linked yet; the first one is at " + draft(1) + ".\n"
                + "This is a text file: a crawler reads links out of HTML pages only.\n"));
        add(new PageBuilder(POSTER, Kind.PNG, "poster.png", ""));
    }

    /** An HTML page: it starts with a link home and one to its own top, as every page of the site. */
    private PageBuilder html(String path, String title, String text) {
        return add(new PageBuilder(path, Kind.HTML, title, text)
                .link(Form.TRAILING_SLASH, HOME, "Home")
                .link(Form.SAME_PAGE, path, "Top of the page"));
    }

    private PageBuilder add(PageBuilder page) {
        if (pages.put(page.path, page) != null) {
            throw new IllegalStateException("two pages at " + page.path);
        }
        return page;
    }

    private String personName(int p) {
        return FIRST_NAMES.get(p % FIRST_NAMES.size()) + " " + LAST_NAMES.get((p * 7) % LAST_NAMES.size());
    }

    private static String studioName(int s) {
        return STUDIO_WORDS.get((s - 1) % STUDIO_WORDS.size()) + " " + STUDIO_KINDS.get((s - 1) / STUDIO_WORDS.size());
    }

    /** A page under construction: its links are added in the order they appear. */
    private static final class PageBuilder {

        private final String path;
        private final Kind kind;
        private final String title;
        private final String text;
        private final List<CrawlLink> links = new ArrayList<>();

        PageBuilder(String path, Kind kind, String title, String text) {
            this.path = path;
            this.kind = kind;
            this.title = title;
            this.text = text;
        }

        PageBuilder link(Form form, String target, String linkText) {
            links.add(new CrawlLink(form, target, linkText));
            return this;
        }

        CrawlSitePage build() {
            return new CrawlSitePage(path, kind, title, text, links);
        }
    }
}
