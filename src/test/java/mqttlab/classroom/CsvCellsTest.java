package mqttlab.classroom;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CsvCellsTest {
    @Test
    @DisplayName("RFC 4180: commas, quotes, CR and LF are quoted, inner quotes doubled, records end with CRLF")
    void rfc4180() {
        assertEquals("plain", CsvCells.cell("plain"));
        assertEquals("\"a,b\"", CsvCells.cell("a,b"));
        assertEquals("\"say \"\"hi\"\"\"", CsvCells.cell("say \"hi\""));
        assertEquals("\"two\nlines\"", CsvCells.cell("two\nlines"));
        assertEquals("\"cr\rhere\"", CsvCells.cell("cr\rhere"));
        assertEquals("a,\"b,c\",\r\n", CsvCells.row(List.of("a", "b,c", "")));
    }

    @Test
    @DisplayName("cells that a spreadsheet would compute (= + - @, tab, CR first) are shown as text")
    void formulas() {
        assertEquals("'=1+1", CsvCells.cell("=1+1"));
        assertEquals("'+1", CsvCells.cell("+1"));
        assertEquals("'-2", CsvCells.cell("-2"));
        assertEquals("'@SUM(A1)", CsvCells.cell("@SUM(A1)"));
        assertEquals("'\tx", CsvCells.cell("\tx"));
        assertEquals("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"", CsvCells.cell("=HYPERLINK(\"http://x\",\"y\")"));
        assertEquals("2025-05-01T10:00:00Z", CsvCells.cell("2025-05-01T10:00:00Z"));
    }
}
