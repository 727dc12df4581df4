package org.mentoringbot.chat.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.mentoringbot.chat.command.MentoringCommand.Help;
import org.mentoringbot.chat.command.MentoringCommand.Join;
import org.mentoringbot.chat.command.MentoringCommand.Leave;
import org.mentoringbot.chat.command.MentoringCommand.SetUp;
import org.mentoringbot.chat.command.MentoringCommand.Status;
import org.mentoringbot.chat.command.MentoringCommand.Unknown;

class CommandParserTest {
    private final CommandParser parser = new CommandParser();

    static Stream<Arguments> typedText() {
        return Stream.of(
                // every command word
                argumentSet("help", "help", new Help()),
                argumentSet("Norwegian hjelp", "hjelp", new Help()),
                argumentSet("question mark", "?", new Help()),
                argumentSet("help ignores what follows", "help me", new Help()),
                argumentSet("setup with a name", "setup Lindeskolen", new SetUp("Lindeskolen")),
                argumentSet("setup without a name", "setup", new SetUp("")),
                argumentSet("join", "join", new Join()),
                argumentSet("leave", "leave", new Leave()),
                argumentSet("status", "status", new Status()),
                // platform prefixes
                argumentSet("/mentoring prefix", "/mentoring join", new Join()),
                argumentSet("@Mentoring prefix", "@Mentoring status", new Status()),
                argumentSet("prefix in capitals", "/MENTORING LEAVE", new Leave()),
                argumentSet("prefix alone", "/mentoring", new Help()),
                argumentSet("mention alone", "@Mentoring", new Help()),
                argumentSet("prefix and setup", "@mentoring setup Lindeskolen", new SetUp("Lindeskolen")),
                argumentSet("prefix glued to the word", "/mentoringjoin", new Unknown("/mentoringjoin")),
                // upper case: the word is matched, the name is kept as typed
                argumentSet("JOIN", "JOIN", new Join()),
                argumentSet("Leave", "Leave", new Leave()),
                argumentSet("HJELP", "HJELP", new Help()),
                argumentSet("SetUp keeps the name's case", "SetUp LindeSkolen", new SetUp("LindeSkolen")),
                // spaces of every kind
                argumentSet("surrounding spaces", "   join   ", new Join()),
                argumentSet("tabs", "\tstatus\t", new Status()),
                argumentSet("newlines", "\njoin\r\n", new Join()),
                argumentSet("runs of spaces in a name", "setup   Linde \t\n skolen", new SetUp("Linde skolen")),
                argumentSet("no-break space", "join\u00A0", new Join()),
                argumentSet("no-break space after prefix", "/mentoring\u00A0join", new Join()),
                argumentSet("narrow no-break space", "setup\u202FLindeskolen", new SetUp("Lindeskolen")),
                argumentSet("ideographic space", "\u3000leave", new Leave()),
                argumentSet("line separator", "status\u2028", new Status()),
                // invisible characters
                argumentSet("zero-width space inside the word", "jo\u200Bin", new Join()),
                argumentSet("byte order mark in front", "\uFEFFjoin", new Join()),
                argumentSet("word joiner", "status\u2060", new Status()),
                argumentSet("soft hyphen", "le\u00ADave", new Leave()),
                argumentSet("zero-width non-joiner", "he\u200Clp", new Help()),
                argumentSet("only a zero-width space", "\u200B", new Help()),
                // emoji
                argumentSet("emoji alone", "🌻", new Unknown("🌻")),
                argumentSet("emoji after a word", "join 🌻", new Unknown("join 🌻")),
                argumentSet("ZWJ sequence kept whole", "👩\u200D🏫 hei", new Unknown("👩\u200D🏫 hei")),
                argumentSet("flag", "🇳🇴", new Unknown("🇳🇴")),
                argumentSet("keycap", "1\uFE0F\u20E3", new Unknown("1\uFE0F\u20E3")),
                argumentSet("setup keeps emoji", "setup Lindeskolen 👩\u200D🏫🇳🇴", new SetUp("Lindeskolen 👩\u200D🏫🇳🇴")),
                // Norwegian letters
                argumentSet("æøå", "blåbærsyltetøy", new Unknown("blåbærsyltetøy")),
                argumentSet("ÆØÅ kept in capitals", "ÆØÅ", new Unknown("ÆØÅ")),
                argumentSet("setup keeps æøå", "setup Ærøy og Åsgård skole", new SetUp("Ærøy og Åsgård skole")),
                // right-to-left text
                argumentSet("Arabic", "مرحبا بكم", new Unknown("مرحبا بكم")),
                argumentSet("setup with a Hebrew name", "setup בית ספר", new SetUp("בית ספר")),
                argumentSet("right-to-left mark after the word", "join\u200F", new Join()),
                argumentSet("left-to-right mark before the word", "\u200Estatus", new Status()),
                argumentSet("bidi isolate around the word", "\u2068leave\u2069", new Leave()),
                // nothing at all
                argumentSet("empty", "", new Help()),
                argumentSet("only spaces", "    ", new Help()),
                argumentSet("only whitespace of every kind", " \t\n\u00A0\u202F\u3000 ", new Help()),
                // a command word with more after it is not that command
                argumentSet("join now", "join now", new Unknown("join now")),
                argumentSet("leave please", "leave please", new Unknown("leave please")),
                argumentSet("status of Kari", "status Kari", new Unknown("status Kari")),
                argumentSet("rejoin", "rejoin", new Unknown("rejoin")),
                argumentSet("unknown words echoed cleaned", "  Hva\u00A0 er\tdette?\n", new Unknown("Hva er dette?")));
    }

    @ParameterizedTest
    @MethodSource("typedText")
    void understandsWhatWasTyped(String typed, MentoringCommand expected) {
        assertEquals(expected, parser.parse(typed), () -> "typed: " + visible(typed));
    }

    @ParameterizedTest
    @NullSource
    void nothingTypedMeansHelp(String typed) {
        assertEquals(new Help(), parser.parse(typed));
    }

    /** U+0000–U+001F, U+007F and U+0085, one at a time, around a command and inside a name. */
    static Stream<Arguments> controlCharacters() {
        return IntStream.concat(IntStream.rangeClosed(0x00, 0x1F), IntStream.of(0x7F, 0x85))
                .mapToObj(cp -> argumentSet(String.format("U+%04X", cp), cp));
    }

    @ParameterizedTest
    @MethodSource("controlCharacters")
    void controlCharactersAroundACommandAreIgnored(int controlCharacter) {
        String c = Character.toString(controlCharacter);

        assertEquals(new Join(), parser.parse(c + "join" + c), () -> visible(c + "join" + c));
        assertEquals(new Status(), parser.parse("/mentoring" + c + "status"), () -> visible("/mentoring" + c + "status"));
    }

    @ParameterizedTest
    @MethodSource("controlCharacters")
    void aProgramNameKeepsEmojiAndLettersButNoControlCharacters(int controlCharacter) {
        String c = Character.toString(controlCharacter);

        var setUp = parser.parse("setup" + c + "Ærøy skole" + c + "👩\u200D🏫🇳🇴" + c);

        assertEquals(new SetUp("Ærøy skole 👩\u200D🏫🇳🇴"), setUp);
    }

    @Test
    void everyCommandInTheHelpTextIsUnderstood() {
        for (CommandCatalog.Entry entry : CommandCatalog.ENTRIES) {
            String typed = entry.word();
            assertFalse(parser.parse(typed) instanceof Unknown, typed);
        }
    }

    @Test
    void aHugePasteIsEchoedAsItsFirstSixtyCodePointsAndAnEllipsis() {
        var unknown = assertInstanceOf(Unknown.class, parser.parse("x".repeat(10_000)));

        assertEquals("x".repeat(60) + "…", unknown.text());
    }

    @Test
    void cuttingTheEchoNeverSplitsASurrogatePair() {
        // With "a" first, char index 60 falls between the two halves of an emoji.
        var unknown = assertInstanceOf(Unknown.class, parser.parse("a" + "😀".repeat(5_000)));

        assertEquals("a" + "😀".repeat(59) + "…", unknown.text());
        assertTrue(unknown.text().codePoints().noneMatch(cp -> Character.getType(cp) == Character.SURROGATE));
    }

    @ParameterizedTest
    @ValueSource(ints = {59, 60})
    void anEchoOfAtMostSixtyCodePointsIsNotCut(int length) {
        String text = "🇳".repeat(length);

        assertEquals(new Unknown(text), parser.parse(text));
    }

    @Test
    void sixtyOneCodePointsAreCut() {
        assertEquals(new Unknown("ø".repeat(60) + "…"), parser.parse("ø".repeat(61)));
    }

    @Test
    void aCommandFollowedByThousandsOfSpacesIsStillTheCommand() {
        assertEquals(new Join(), parser.parse("join" + " \u00A0\t".repeat(3_332)));
    }

    @Test
    void aHugeProgramNameIsPassedOnWholeSoTheUseCaseCanRefuseIt() {
        var setUp = assertInstanceOf(SetUp.class, parser.parse("setup " + "x".repeat(9_994)));

        assertEquals(9_994, setUp.programName().length());
    }

    static Stream<Arguments> actions() {
        return Stream.of(
                argumentSet("join button", "round.join", new Join()),
                argumentSet("leave button", "round.leave", new Leave()),
                argumentSet("status button", "round.status", new Status()),
                argumentSet("help button", "help", new Help()),
                argumentSet("a button this version does not know", "round.vote", new Unknown("round.vote")));
    }

    @ParameterizedTest
    @MethodSource("actions")
    void aButtonMeansWhatItsTypedFormMeans(String actionId, MentoringCommand expected) {
        assertEquals(expected, parser.parseAction(actionId));
        if (!(expected instanceof Unknown)) {
            assertEquals(expected, parser.parse(CommandParser.typedFormOf(actionId, null)));
        }
    }

    /** The text with everything but printable ASCII and letters shown as U+XXXX, for failure messages. */
    private static String visible(String text) {
        StringBuilder shown = new StringBuilder("\"");
        text.codePoints().forEach(cp -> shown.append(cp >= 0x20 && cp < 0x7F || Character.isLetter(cp)
                ? Character.toString(cp) : String.format("<U+%04X>", cp)));
        return shown.append('"').toString();
    }
}
