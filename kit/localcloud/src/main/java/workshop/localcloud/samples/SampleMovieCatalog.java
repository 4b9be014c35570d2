package workshop.localcloud.samples;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

/**
 * The titles of the sample movie site: synthetic, generated from a fixed seed, so every run and every
 * attendee's laptop gets the same catalogue ({@link Random}'s algorithm is fixed by its specification).
 *
 * <p>The catalogue has the mess a scraper meets on a real site: unknown years and runtimes
 * ({@code \N}), titles without genres, a few adult titles, original titles in other languages and
 * scripts (é, ü, ñ, ø, CJK, Cyrillic), characters that must be escaped in HTML ({@code & < " '}),
 * remakes that share a title but not an id, and whitespace in the cells (see {@link CellText}).
 * Every title is still a valid movie: ids are unique, years plausible, runtimes positive.
 *
 * <p>Release years cluster in 2019–2021 (about 30 titles each), so that listing one year's titles
 * takes more than one page of 25.
 */
public final class SampleMovieCatalog {

    /** The seed of the site's catalogue. Changing it changes the site every attendee sees. */
    public static final long SEED = 20_240_917L;
    /** The number of titles on the site. */
    public static final int SIZE = 320;

    /** A fixed list, IMDb's names; a title's genres are listed in alphabetical order, as IMDb does. */
    public static final List<String> GENRES = List.of(
            "Action", "Adventure", "Animation", "Biography", "Comedy", "Crime", "Documentary", "Drama",
            "Family", "Fantasy", "History", "Horror", "Music", "Musical", "Mystery", "Romance", "Sci-Fi",
            "Sport", "Thriller", "War", "Western");

    private static final SampleMovieCatalog STANDARD = generate(SEED, SIZE);

    private final List<WrittenMovie> written;
    private final List<SampleMovie> titles;

    private SampleMovieCatalog(List<WrittenMovie> written) {
        this.written = List.copyOf(written);
        this.titles = this.written.stream().map(WrittenMovie::movie).toList();
    }

    /** The site's catalogue: {@link #SIZE} titles from {@link #SEED}. */
    public static SampleMovieCatalog standard() {
        return STANDARD;
    }

    /** A catalogue of {@code size} titles; the same seed and size always give the same catalogue. */
    public static SampleMovieCatalog generate(long seed, int size) {
        if (size < 1) {
            throw new IllegalArgumentException("a catalogue needs at least one title, not " + size);
        }
        // Two sequences: changing how cells are written must not change the titles themselves.
        Random titleChoices = new Random(seed);
        CellMess mess = new CellMess(new Random(seed + 1));
        InventedTitles inventedTitles = new InventedTitles(titleChoices);
        Set<String> ids = new HashSet<>();
        List<WrittenMovie> written = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            InventedTitles.Title title = i >= 20 && titleChoices.nextInt(100) < 3
                    ? remakeOf(written.get(titleChoices.nextInt(written.size())).movie())
                    : inventedTitles.next();
            SampleMovie movie = new SampleMovie(newId(titleChoices, ids), title.primary(), title.original(),
                    titleChoices.nextInt(100) < 3, startYear(titleChoices), runtimeMinutes(titleChoices),
                    genres(titleChoices));
            Map<MovieField, String> cells = new EnumMap<>(MovieField.class);
            for (MovieField field : MovieField.values()) {
                cells.put(field, mess.cellText(field, field.pageValue(movie)));
            }
            boolean hasNonAscii = (movie.primaryTitle() + movie.originalTitle()).chars().anyMatch(c -> c > 127);
            written.add(new WrittenMovie(movie, cells, hasNonAscii && titleChoices.nextInt(100) < 30));
        }
        return new SampleMovieCatalog(written);
    }

    /** Every title, in the site's order, with the values a scraper should read. */
    public List<SampleMovie> titles() {
        return titles;
    }

    public int size() {
        return titles.size();
    }

    /** Every title with the text of its cells, for the pages. */
    List<WrittenMovie> written() {
        return written;
    }

    private static InventedTitles.Title remakeOf(SampleMovie earlier) {
        return new InventedTitles.Title(earlier.primaryTitle(), earlier.originalTitle());
    }

    private static String newId(Random random, Set<String> taken) {
        while (true) {
            String id = String.format(Locale.ROOT, "tt%07d", 1 + random.nextInt(9_999_999));
            if (taken.add(id)) {
                return id;
            }
        }
    }

    private static Integer startYear(Random random) {
        if (random.nextInt(100) < 6) {
            return null;
        }
        return random.nextInt(100) < 30 ? 2019 + random.nextInt(3) : 1925 + random.nextInt(100);
    }

    private static Integer runtimeMinutes(Random random) {
        int roll = random.nextInt(100);
        if (roll < 8) {
            return null;
        }
        return roll < 13 ? 3 + random.nextInt(38) : 72 + random.nextInt(104); // some shorts, mostly features
    }

    private static List<String> genres(Random random) {
        int roll = random.nextInt(100);
        int count = roll < 5 ? 0 : roll < 45 ? 1 : roll < 75 ? 2 : 3;
        Set<String> chosen = new TreeSet<>();
        while (chosen.size() < count) {
            chosen.add(GENRES.get(random.nextInt(GENRES.size())));
        }
        return List.copyOf(chosen);
    }
}
