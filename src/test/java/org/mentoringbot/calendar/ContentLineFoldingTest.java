package org.mentoringbot.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ContentLineFoldingTest {

    @Test
    void lineOfExactly75OctetsIsLeftWhole() {
        String line = "SUMMARY:" + "x".repeat(67);

        assertEquals(line + "\r\n", ContentLineFolding.fold(line + "\r\n"));
    }

    @Test
    void lineOf76OctetsContinuesOnASpaceIndentedLine() {
        String line = "SUMMARY:" + "x".repeat(68);

        assertEquals("SUMMARY:" + "x".repeat(67) + "\r\n x\r\n",
                ContentLineFolding.fold(line + "\r\n"));
    }

    @Test
    void multiOctetCharactersAreCountedInOctetsAndNeverSplit() {
        // "SUMMARY:" is 8 octets; 33 × "æ" is 66 more: 74 in all, so the emoji (4) must move on.
        String line = "SUMMARY:" + "æ".repeat(33) + "🙂" + "ø";

        assertEquals("SUMMARY:" + "æ".repeat(33) + "\r\n 🙂ø\r\n",
                ContentLineFolding.fold(line + "\r\n"));
    }

    @Test
    void everyLineIsFoldedOnItsOwn() {
        String unfolded = "A:" + "a".repeat(80) + "\r\nB:b\r\n";

        assertEquals("A:" + "a".repeat(73) + "\r\n " + "a".repeat(7) + "\r\nB:b\r\n",
                ContentLineFolding.fold(unfolded));
    }
}
