package org.mentoringbot.calendar;

/**
 * Folds iCalendar content lines so that none is longer than 75 octets in UTF-8 (RFC 5545, 3.1),
 * breaking only between code points so no character is split across lines.
 */
final class ContentLineFolding {

    static final int MAX_OCTETS = 75;
    private static final String CRLF = "\r\n";

    private ContentLineFolding() {
    }

    /** Folds every line of {@code unfolded}, whose lines end with CRLF. */
    static String fold(String unfolded) {
        StringBuilder folded = new StringBuilder(unfolded.length() + unfolded.length() / 16);
        for (String line : unfolded.split(CRLF, -1)) {
            if (!line.isEmpty()) {
                appendFolded(line, folded);
                folded.append(CRLF);
            }
        }
        return folded.toString();
    }

    private static void appendFolded(String line, StringBuilder out) {
        int octets = 0;
        for (int i = 0; i < line.length(); ) {
            int codePoint = line.codePointAt(i);
            int width = utf8Octets(codePoint);
            if (octets + width > MAX_OCTETS) {
                out.append(CRLF).append(' ');
                octets = 1; // the leading space of a continuation line counts too
            }
            out.appendCodePoint(codePoint);
            octets += width;
            i += Character.charCount(codePoint);
        }
    }

    private static int utf8Octets(int codePoint) {
        if (codePoint < 0x80) {
            return 1;
        }
        if (codePoint < 0x800) {
            return 2;
        }
        return codePoint < 0x10000 ? 3 : 4;
    }
}
