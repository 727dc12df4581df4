package org.mentoringbot.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mentoringbot.chat.reply.Reply.Action;
import org.mentoringbot.chat.reply.Reply.Notice;
import org.mentoringbot.chat.reply.Reply.Tone;

class NoticeCodecTest {
    @Test
    void aNoticeReadsBackEqualWithEveryArgumentTypeKept() {
        Notice notice = Notice.of(Tone.SUCCESS, "join.joined", 3, 12L, 2.5, "Åse Ødegård 🌻🧑‍🏫", "", Long.MAX_VALUE, -0.1)
                .withActions(new Action("round.leave", "action.leave", false), new Action("round.join", "action.join", true));
        Notice back = NoticeCodec.decode(NoticeCodec.encode(notice));
        assertEquals(notice, back);
        assertEquals(Integer.class, back.args().get(0).getClass());
        assertEquals(Long.class, back.args().get(1).getClass());
        assertEquals(Double.class, back.args().get(2).getClass());
    }

    @ParameterizedTest
    @ValueSource(strings = {"æøå ÆØÅ", "🌻🇳🇴👩🏽‍🏫", "<!channel> & \"quotes\" 'apostrophes' \\ backslash", "line\nbreak\ttab\u0000nul",
            "\u202eright-to-left", "{\"v\":2}"})
    void hostileTextSurvivesTheRoundTrip(String text) {
        Notice notice = Notice.of(Tone.PROBLEM, "unknown.command", text);
        assertEquals(notice, NoticeCodec.decode(NoticeCodec.encode(notice)));
    }

    @Test
    void theStoredFormIsReadableJsonWithTheLettersAsTheyAre() {
        String json = NoticeCodec.encode(Notice.of(Tone.INFO, "leave.left", "Lindeskolen æøå <b>"));
        assertTrue(json.contains("\"key\":\"leave.left\""), json);
        assertTrue(json.contains("æøå <b>"), json);
    }

    @Test
    void onlyStringsAndNumbersCanBeStored() {
        for (Object odd : List.of(Instant.EPOCH, new BigDecimal("1.5"), true, Double.NaN, Double.POSITIVE_INFINITY, 'c')) {
            var e = assertThrows(IllegalArgumentException.class, () -> NoticeCodec.encode(Notice.of(Tone.INFO, "k", odd)), odd.toString());
            assertTrue(e.getMessage().contains("strings"), e.getMessage());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "null", "[]", "{}", "{\"v\":2,\"tone\":\"INFO\",\"key\":\"k\",\"args\":[],\"actions\":[]}",
            "{\"v\":1,\"tone\":\"LOUD\",\"key\":\"k\",\"args\":[],\"actions\":[]}",
            "{\"v\":1,\"tone\":\"INFO\",\"key\":\"k\",\"args\":[{\"x\":1}],\"actions\":[]}",
            "{\"v\":1,\"tone\":\"INFO\",\"key\":\"k\",\"args\":[1],\"actions\":[]}", "not json at all {"})
    void anythingElseIsRefusedClearly(String text) {
        var e = assertThrows(IllegalArgumentException.class, () -> NoticeCodec.decode(text));
        assertFalse(e.getMessage() == null || e.getMessage().isBlank());
    }
}
