package workshop.localcloud.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WrittenTablesTest {

    @Test
    void findsTheTableOfPartiQlWritesQuotedOrNot() {
        assertThat(WrittenTables.tableWrittenBy("INSERT INTO \"movies-dev\" VALUE {'id': ?}")).contains("movies-dev");
        assertThat(WrittenTables.tableWrittenBy("  insert into movies value {'id': ?}")).contains("movies");
        assertThat(WrittenTables.tableWrittenBy("UPDATE \"movies\" SET title = ? WHERE id = ?")).contains("movies");
        assertThat(WrittenTables.tableWrittenBy("DELETE FROM Movies.v2 WHERE id = ?")).contains("Movies.v2");
    }

    @Test
    void readsWriteNoTable() {
        assertThat(WrittenTables.tableWrittenBy("SELECT * FROM \"movies\" WHERE id = ?")).isEmpty();
        assertThat(WrittenTables.tableWrittenBy("EXISTS(SELECT * FROM movies WHERE id = ?)")).isEmpty();
    }
}
