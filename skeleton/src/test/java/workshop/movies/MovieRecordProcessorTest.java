package workshop.movies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.Mockito.atLeastOnce;
import static org.mockito.Mockito.doNothing;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static workshop.movies.SampleMovies.movie;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.mockito.InOrder;
import workshop.movies.MovieRecordProcessor.Result;
import workshop.movies.MovieRecordProcessor.StreamRecord;

class MovieRecordProcessorTest {

    private static final Instant NOW = Instant.parse("2025-01-01T12:00:00Z");

    @Nested
    class Decoding {

        @Test
        void aRecordIsAMovieInJsonInUtf8() {
            Movie amelie = new Movie("tt0211915", "Amélie", "Le fabuleux destin d'Amélie Poulain", false, 2001, 122, List.of("Comedy"));

            assertThat(MovieRecordProcessor.decode(MovieJson.toJson(amelie).getBytes(StandardCharsets.UTF_8))).isEqualTo(amelie);
        }

        @Test
        void bytesThatAreNotUtf8AreRefusedNotRepaired() {
            String beforeTheAccent = "{\"id\":\"tt0000002\",\"primaryTitle\":\"Caf";
            byte[] latin1 = (beforeTheAccent + "é\"}").getBytes(StandardCharsets.ISO_8859_1);

            assertThatThrownBy(() -> MovieRecordProcessor.decode(latin1))
                    .isInstanceOf(MalformedMovieException.class)
                    .hasMessage("not UTF-8: invalid byte sequence at offset " + beforeTheAccent.length());
        }

        @Test
        void anEncodedSurrogateIsNotUtf8Either() {
            // U+D800 encoded as if it were a character (CESU-8): a lenient decoder would accept it.
            byte[] surrogate = {'"', (byte) 0xED, (byte) 0xA0, (byte) 0x80, '"'};

            assertThatThrownBy(() -> MovieRecordProcessor.decode(surrogate))
                    .isInstanceOf(MalformedMovieException.class)
                    .hasMessageStartingWith("not UTF-8: invalid byte sequence at offset 1");
        }

        @Test
        void utf8ThatIsNotAMovieGetsTheReasonFromTheJsonFormat() {
            assertThatThrownBy(() -> MovieRecordProcessor.decode("{\"primaryTitle\":\"x\"}".getBytes(StandardCharsets.UTF_8)))
                    .isInstanceOf(MalformedMovieException.class)
                    .hasMessage("id is missing");
        }
    }

    @Nested
    class Processing {

        private final MovieTable movies = mock(MovieTable.class);
        private final ErrorTable errors = mock(ErrorTable.class);
        private final MovieRecordProcessor processor = new MovieRecordProcessor(movies, errors, Clock.fixed(NOW, ZoneOffset.UTC));

        @Test
        void moviesAreSavedInStreamOrder25AtATime() {
            List<StreamRecord> records = IntStream.rangeClosed(1, 60).mapToObj(n -> movieRecord(n)).toList();

            Result result = processor.process(records);

            assertThat(result).isEqualTo(new Result(60, 0, null, null));
            assertThat(savedIds()).containsExactly(ids(1, 25), ids(26, 50), ids(51, 60));
        }

        @Test
        void aRecordThatIsNotAMovieGoesToTheErrorTableAndTheBatchGoesOn() {
            List<StreamRecord> records = List.of(movieRecord(1), record(2, "{not json"), movieRecord(3));

            Result result = processor.process(records);

            assertThat(result.isComplete()).isTrue();
            assertThat(result.saved()).isEqualTo(2);
            assertThat(result.rejected()).isEqualTo(1);
            ArgumentCaptor<ErrorEntry> entry = ArgumentCaptor.forClass(ErrorEntry.class);
            verify(errors).record(entry.capture());
            assertThat(entry.getValue().id()).isEqualTo("record#shardId-000000000000#2");
            assertThat(entry.getValue().reason()).startsWith("not JSON");
            assertThat(entry.getValue().time()).isEqualTo(NOW);
            assertThat(entry.getValue().details()).containsEntry("payload", "{not json").containsEntry("partitionKey", "key-2");
            assertThat(savedIds()).containsExactly(List.of(SampleMovies.id(1), SampleMovies.id(3)));
        }

        @Test
        void aFailedMovieWriteStopsAtTheFirstRecordOfThatWrite() {
            RuntimeException throttled = new RuntimeException("throttled");
            // The first write (records 1 to 25) works, the second (26 to 30) does not.
            doNothing().doThrow(throttled).when(movies).saveAll(anyList());
            List<StreamRecord> records = IntStream.rangeClosed(1, 30).mapToObj(n -> movieRecord(n)).toList();

            Result result = processor.process(records);

            assertThat(result.saved()).isEqualTo(25);
            assertThat(result.firstUnhandled()).isSameAs(records.get(25));
            assertThat(result.failure()).isSameAs(throttled);
        }

        @Test
        void aFailedErrorEntryWriteStopsAtTheFirstMovieNotYetSavedBeforeIt() {
            doThrow(new RuntimeException("error table unavailable")).when(errors).record(any());
            List<StreamRecord> records = List.of(movieRecord(1), movieRecord(2), record(3, "{"), movieRecord(4));

            Result result = processor.process(records);

            assertThat(result.firstUnhandled()).isSameAs(records.get(0));
            assertThat(result.saved()).isZero();
            verify(movies, never()).saveAll(anyList());
        }

        @Test
        void aFailedErrorEntryWriteWithNothingPendingStopsAtItsOwnRecord() {
            doThrow(new RuntimeException("error table unavailable")).when(errors).record(any());
            List<StreamRecord> records = new ArrayList<>(IntStream.rangeClosed(1, 25).mapToObj(n -> movieRecord(n)).toList());
            records.add(record(26, "[]"));
            records.add(movieRecord(27));

            Result result = processor.process(records);

            assertThat(result.saved()).isEqualTo(25);
            assertThat(result.firstUnhandled()).isSameAs(records.get(25));
            InOrder order = inOrder(movies, errors);
            order.verify(movies).saveAll(anyList());
            order.verify(errors).record(any());
            order.verifyNoMoreInteractions();
        }

        @Test
        void anEmptyBatchWritesNothing() {
            assertThat(processor.process(List.of())).isEqualTo(new Result(0, 0, null, null));
            verify(movies, never()).saveAll(anyList());
        }

        @SuppressWarnings("unchecked")
        private List<List<String>> savedIds() {
            ArgumentCaptor<List<Movie>> saved = ArgumentCaptor.forClass(List.class);
            verify(movies, atLeastOnce()).saveAll(saved.capture());
            return saved.getAllValues().stream().map(batch -> batch.stream().map(Movie::id).toList()).toList();
        }

        private List<String> ids(int first, int last) {
            return IntStream.rangeClosed(first, last).mapToObj(SampleMovies::id).toList();
        }

        private StreamRecord movieRecord(int n) {
            return record(n, MovieJson.toJson(movie(n, 2002)));
        }

        private StreamRecord record(int n, String data) {
            return new StreamRecord("shardId-000000000000", Integer.toString(n), "key-" + n, data.getBytes(StandardCharsets.UTF_8));
        }
    }
}
