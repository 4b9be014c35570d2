package workshop.localcloud.samples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The sample catalogue: the same every time, valid, and as messy as a real site. */
class SampleMovieCatalogTest {

    /** SHA-256 of the standard catalogue's titles, one line per title (see {@link #fingerprint}). */
    private static final String FINGERPRINT = "2229d7ce0875b88cd35cb5295b75b287304ff08d33e3858fd3550e49f0336a34";

    private final SampleMovieCatalog catalog = SampleMovieCatalog.standard();
    private final List<SampleMovie> titles = catalog.titles();

    @Test
    void theStandardCatalogueHasItsSizeAndIsGeneratedAgainIdentically() {
        assertThat(titles).hasSize(SampleMovieCatalog.SIZE).hasSize(320);
        assertThat(SampleMovieCatalog.generate(SampleMovieCatalog.SEED, SampleMovieCatalog.SIZE).titles())
                .isEqualTo(titles);
    }

    /**
     * Pins the catalogue itself: every attendee, every JVM, every run must see these titles. If a change
     * to the generator is meant, update the fingerprint (and check the scraper's tests still say what
     * they mean).
     */
    @Test
    void theCatalogueIsTheOneEveryAttendeeSees() throws Exception {
        assertThat(titles.get(0).id()).isEqualTo("tt3042729");
        assertThat(titles.get(0).primaryTitle()).isEqualTo("Beyond Salbri");
        assertThat(fingerprint(titles)).isEqualTo(FINGERPRINT);
    }

    @Test
    void anotherSeedGivesAnotherCatalogue() {
        assertThat(SampleMovieCatalog.generate(1, 50).titles()).isNotEqualTo(SampleMovieCatalog.generate(2, 50).titles());
        assertThat(SampleMovieCatalog.generate(7, 50).titles()).isEqualTo(SampleMovieCatalog.generate(7, 50).titles());
    }

    @Test
    void aCatalogueNeedsATitle() {
        assertThatThrownBy(() -> SampleMovieCatalog.generate(SampleMovieCatalog.SEED, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void idsAreUniqueTitleIds() {
        assertThat(titles).extracting(SampleMovie::id).allMatch(id -> id.matches("tt\\d{7}")).doesNotHaveDuplicates();
    }

    @Test
    void everyTitleIsAValidMovie() {
        for (SampleMovie movie : titles) {
            assertThat(movie.primaryTitle()).as(movie.id()).isNotBlank().isEqualTo(CellText.normalise(movie.primaryTitle()));
            assertThat(movie.originalTitle()).as(movie.id()).isNotBlank().isEqualTo(CellText.normalise(movie.originalTitle()));
            if (movie.startYear() != null) {
                assertThat(movie.startYear()).as(movie.id()).isBetween(1900, 2030);
            }
            if (movie.runtimeMinutes() != null) {
                assertThat(movie.runtimeMinutes()).as(movie.id()).isPositive();
            }
            assertThat(movie.genres()).as(movie.id()).hasSizeLessThanOrEqualTo(3).doesNotHaveDuplicates()
                    .isSorted().isSubsetOf(SampleMovieCatalog.GENRES);
        }
    }

    @Test
    void someValuesAreUnknownAndAFewTitlesAreAdult() {
        assertThat(count(movie -> movie.startYear() == null)).isBetween(5, 40);
        assertThat(count(movie -> movie.runtimeMinutes() == null)).isBetween(5, 40);
        assertThat(count(movie -> movie.genres().isEmpty())).isBetween(5, 40);
        assertThat(count(SampleMovie::adult)).isBetween(1, 16); // a few, at most 5 %
        assertThat(titles.stream().map(movie -> movie.genres().size()).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(0, 1, 2, 3);
    }

    @Test
    void someOriginalTitlesDifferFromThePrimaryTitle() {
        assertThat(count(movie -> !movie.originalTitle().equals(movie.primaryTitle()))).isBetween(20, 120);
        assertThat(count(movie -> movie.originalTitle().equals(movie.primaryTitle()))).isGreaterThan(160);
    }

    @Test
    void titlesAreInManyLanguagesAndScripts() {
        String allTitles = titles.stream().map(movie -> movie.primaryTitle() + " " + movie.originalTitle())
                .collect(Collectors.joining(" "));

        assertThat(allTitles).contains("é", "ü", "ñ", "ø");
        assertThat(allTitles.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)).isTrue();
        assertThat(allTitles.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC)).isTrue();
        assertThat(count(movie -> !isAscii(movie.primaryTitle()))).as("known by a non-ASCII title").isPositive();
    }

    @Test
    void someTitlesHoldCharactersThatHtmlWritesAsReferences() {
        for (String character : List.of("&", "<", "\"", "'")) {
            assertThat(count(movie -> movie.primaryTitle().contains(character))).as(character).isPositive();
        }
    }

    @Test
    void remakesShareATitleButNotAnId() {
        Set<String> seen = new HashSet<>();
        long repeated = titles.stream().filter(movie -> !seen.add(movie.primaryTitle())).count();

        assertThat(repeated).isPositive();
    }

    @Test
    void oneYearHasMoreTitlesThanAPage() {
        Map<Integer, Long> perYear = titles.stream().filter(movie -> movie.startYear() != null)
                .collect(Collectors.groupingBy(SampleMovie::startYear, Collectors.counting()));

        assertThat(perYear.values()).anyMatch(count -> count > SampleMovieSite.PAGE_SIZE);
    }

    @Test
    void cellsCarryWhitespaceThatTheRuleRemoves() {
        List<String> cells = catalog.written().stream().flatMap(movie -> movie.cells().values().stream()).toList();

        for (WrittenMovie movie : catalog.written()) {
            for (MovieField field : MovieField.values()) {
                assertThat(CellText.normalise(movie.cell(field))).isEqualTo(field.pageValue(movie.movie()));
            }
        }
        assertThat(cells.stream().filter(cell -> cell.startsWith(" ") || cell.startsWith("\n") || cell.startsWith("\t")).count())
                .as("leading whitespace").isGreaterThan(50);
        assertThat(cells.stream().filter(cell -> cell.endsWith(" ") || cell.endsWith("\n") || cell.endsWith("\t")).count())
                .as("trailing whitespace").isGreaterThan(50);
        assertThat(cells.stream().filter(cell -> cell.strip().matches("(?s).*\\S\\s{2,}\\S.*|.*\\S\\t\\S.*")).count())
                .as("runs of whitespace inside").isGreaterThan(5);
        assertThat(catalog.written().stream().filter(WrittenMovie::nonAsciiAsReferences).count())
                .as("titles written with numeric character references").isPositive();
    }

    @Test
    void aCellThatDoesNotReadAsItsValueIsRefused() {
        SampleMovie movie = titles.get(0);
        Map<MovieField, String> cells = new EnumMap<>(MovieField.class);
        for (MovieField field : MovieField.values()) {
            cells.put(field, field.pageValue(movie));
        }
        cells.put(MovieField.START_YEAR, "19 99");

        assertThatThrownBy(() -> new WrittenMovie(movie, cells, false))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("startYear");
    }

    private int count(Predicate<SampleMovie> which) {
        return (int) titles.stream().filter(which).count();
    }

    private static boolean isAscii(String text) {
        return text.chars().allMatch(c -> c < 128);
    }

    private static String fingerprint(List<SampleMovie> movies) throws Exception {
        MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
        for (SampleMovie movie : movies) {
            String line = String.join("|", movie.id(), movie.primaryTitle(), movie.originalTitle(),
                    String.valueOf(movie.adult()), Objects.toString(movie.startYear()),
                    Objects.toString(movie.runtimeMinutes()), String.join(",", movie.genres())) + "\n";
            sha256.update(line.getBytes(StandardCharsets.UTF_8));
        }
        return HexFormat.of().formatHex(sha256.digest());
    }
}
