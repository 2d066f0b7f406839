package mqttlab.classroom;

import java.util.List;

/**
 * CSV as RFC 4180 writes it (fields separated by commas, records ended by CRLF, a field holding a
 * comma, a double quote, CR or LF enclosed in double quotes with inner quotes doubled), and safe to
 * open in a spreadsheet: a cell that starts like a formula ({@code = + - @}, tab or CR) gets a
 * leading apostrophe, as OWASP's "CSV injection" advice says, so it is shown, never computed.
 */
final class CsvCells {
    static final String CRLF = "\r\n";

    private CsvCells() { }

    /** One record, CRLF included. */
    static String row(List<String> cells) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) b.append(',');
            b.append(cell(cells.get(i)));
        }
        return b.append(CRLF).toString();
    }

    /** One field: neutralised, then quoted when RFC 4180 requires it. */
    static String cell(String s) {
        String v = s == null ? "" : s;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) v = "'" + v;
        boolean quote = v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0;
        return quote ? '"' + v.replace("\"", "\"\"") + '"' : v;
    }
}
