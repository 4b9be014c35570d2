package workshop.localcloud.samples;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** Writing text into the pages, and the whitespace rule that reads a cell back. */
class HtmlTextAndCellTextTest {

    @Test
    void theFiveSpecialCharactersAreWrittenAsReferences() {
        assertThat(HtmlText.escape("Tom & \"Jerry\" <3 'you' > me"))
                .isEqualTo("Tom &amp; &quot;Jerry&quot; &lt;3 &#39;you&#39; &gt; me");
    }

    @Test
    void nonAsciiIsKeptOrWrittenAsOneNumericReferencePerCharacter() {
        String text = "Café Ñu 夜 Ко 𝄞";

        assertThat(HtmlText.escape(text)).isEqualTo(text);
        assertThat(HtmlText.escape(text, true)).isEqualTo("Caf&#233; &#209;u &#22812; &#1050;&#1086; &#119070;");
        assertThat(Jsoup.parse("<p>" + HtmlText.escape(text + " & <", true) + "</p>").text()).isEqualTo(text + " & <");
    }

    @Test
    void aCellsValueIsItsTrimmedTextWithInnerWhitespaceRunsCollapsed() {
        assertThat(CellText.normalise("  The  Morvel\n")).isEqualTo("The Morvel");
        assertThat(CellText.normalise("\n      Kelor \t&\r\n Fenwen\f ")).isEqualTo("Kelor & Fenwen");
        assertThat(CellText.normalise(" \\N ")).isEqualTo("\\N");
        assertThat(CellText.normalise("   ")).isEmpty();
        assertThat(CellText.normalise("Café\u00a0Noir")).as("a no-break space is not HTML whitespace").isEqualTo("Café\u00a0Noir");
    }

    @Test
    void jsoupTextAppliesTheSameRule() {
        String cell = "\n   Lumcaszan &lt;   Vexbri\t\n ";

        assertThat(Jsoup.parse("<table><tr><td>" + cell + "</td></tr></table>").selectFirst("td").text())
                .isEqualTo(CellText.normalise(Jsoup.parse("<p>" + cell + "</p>").selectFirst("p").wholeText()))
                .isEqualTo("Lumcaszan < Vexbri");
    }
}
