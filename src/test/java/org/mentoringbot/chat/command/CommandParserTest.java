package org.mentoringbot.chat.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.mentoringbot.chat.command.MentoringCommand.AcceptGroups;
import org.mentoringbot.chat.command.MentoringCommand.AddLeaders;
import org.mentoringbot.chat.command.MentoringCommand.CloseRound;
import org.mentoringbot.chat.command.MentoringCommand.EditGroups;
import org.mentoringbot.chat.command.MentoringCommand.Exclude;
import org.mentoringbot.chat.command.MentoringCommand.Help;
import org.mentoringbot.chat.command.MentoringCommand.Home;
import org.mentoringbot.chat.command.MentoringCommand.Invalid;
import org.mentoringbot.chat.command.MentoringCommand.Join;
import org.mentoringbot.chat.command.MentoringCommand.Leave;
import org.mentoringbot.chat.command.MentoringCommand.ListLeaders;
import org.mentoringbot.chat.command.MentoringCommand.OpenRound;
import org.mentoringbot.chat.command.MentoringCommand.Pause;
import org.mentoringbot.chat.command.MentoringCommand.ProposeGroups;
import org.mentoringbot.chat.command.MentoringCommand.RemoveLeader;
import org.mentoringbot.chat.command.MentoringCommand.Resume;
import org.mentoringbot.chat.command.MentoringCommand.RoundSettings;
import org.mentoringbot.chat.command.MentoringCommand.SeatMember;
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

    private static final PersonRef LIV = new PersonRef("U1", "liv");
    private static final PersonRef U2 = new PersonRef("U2", null);
    private static final PersonRef KARI = new PersonRef(null, "kari");

    private static Invalid invalid(String key, Object... args) {
        return new Invalid(key, List.of(args));
    }

    /** Issue 3's commands: leaders, rounds, settings, breaks, roles, never-together pairs and groups. */
    static Stream<Arguments> roundAndGroupCommands() {
        return Stream.of(
                // leaders
                argumentSet("leaders lists them", "leaders", new ListLeaders()),
                argumentSet("leaders add with an escaped mention, a bare id and a typed handle",
                        "leaders add <@U1|liv> <@U2> @kari", new AddLeaders(List.of(LIV, U2, KARI))),
                argumentSet("leaders add with an empty handle in the mention", "leaders add <@U2|>", new AddLeaders(List.of(U2))),
                argumentSet("leaders add with odd spaces between people", "leaders\u00A0add \t<@U1|liv>\u202F\u00A0@kari  ",
                        new AddLeaders(List.of(LIV, KARI))),
                argumentSet("leaders add keeps æøå and dots in a handle", "leaders add @bjørn.ås",
                        new AddLeaders(List.of(new PersonRef(null, "bjørn.ås")))),
                argumentSet("leaders ADD in capitals", "LEADERS ADD @kari", new AddLeaders(List.of(KARI))),
                argumentSet("leaders add nobody", "leaders add", invalid("leaders.usage")),
                argumentSet("leaders add a name without @", "leaders add kari", invalid("leaders.usage")),
                argumentSet("leaders remove one", "leaders remove <@U1|liv>", new RemoveLeader(LIV)),
                argumentSet("leaders remove nobody", "leaders remove", invalid("leaders.usage")),
                argumentSet("leaders remove two", "leaders remove @kari <@U2>", invalid("leaders.usage")),
                argumentSet("leaders with an unknown word", "leaders fire @kari", new Unknown("leaders fire @kari")),
                // rounds
                argumentSet("round alone is the status", "round", new Status()),
                argumentSet("round open", "round open", new OpenRound(null, null)),
                argumentSet("round open with a name and an end", "round open Våren 2027 --until 2027-06-20",
                        new OpenRound("Våren 2027", LocalDate.of(2027, 6, 20))),
                argumentSet("round open with the end first", "round open --until 20.6.2027 Våren 🌱",
                        new OpenRound("Våren 🌱", LocalDate.of(2027, 6, 20))),
                argumentSet("round open with only an end", "round open --until 2027-06-20", new OpenRound(null, LocalDate.of(2027, 6, 20))),
                argumentSet("round open with a Norwegian date", "round open Høst --until 14.1.2027",
                        new OpenRound("Høst", LocalDate.of(2027, 1, 14))),
                argumentSet("round open with a zero-padded Norwegian date", "round open --until 01.02.2027",
                        new OpenRound(null, LocalDate.of(2027, 2, 1))),
                argumentSet("round open on 30 February", "round open Våren --until 2027-02-30", invalid("date.invalid", "2027-02-30")),
                argumentSet("round open on 30.2.", "round open Våren --until 30.2.2027", invalid("date.invalid", "30.2.2027")),
                argumentSet("round open on 29.2. of a common year", "round open --until 29.2.2027", invalid("date.invalid", "29.2.2027")),
                argumentSet("round open on 29.2. of a leap year", "round open --until 29.2.2028",
                        new OpenRound(null, LocalDate.of(2028, 2, 29))),
                argumentSet("round open with a word for a date", "round open --until midsummer", invalid("date.invalid", "midsummer")),
                argumentSet("round open with the American order", "round open --until 06/20/2027", invalid("date.invalid", "06/20/2027")),
                argumentSet("round open --until without a date", "round open Våren --until", invalid("date.missing")),
                argumentSet("round open --until alone", "round open --until", invalid("date.missing")),
                argumentSet("round close", "round close", new CloseRound()),
                argumentSet("round close with more words", "round close now", new Unknown("round close now")),
                argumentSet("round with an unknown word", "round restart", new Unknown("round restart")),
                // settings
                argumentSet("round settings shows them", "round settings", new RoundSettings(null, null, false)),
                argumentSet("round settings size and max", "round settings size 6 max 30", new RoundSettings(6, 30, false)),
                argumentSet("round settings max and size", "round settings MAX 30 Size 6", new RoundSettings(6, 30, false)),
                argumentSet("round settings max none", "round settings max none", new RoundSettings(null, null, true)),
                argumentSet("round settings max off", "round settings max off", new RoundSettings(null, null, true)),
                argumentSet("round settings size 2 goes to the use case to refuse", "round settings size 2",
                        new RoundSettings(2, null, false)),
                argumentSet("round settings size x", "round settings size x", invalid("round.settings.usage")),
                argumentSet("round settings size without a number", "round settings size", invalid("round.settings.usage")),
                argumentSet("round settings negative max goes to the use case to say the range", "round settings max -3",
                        new RoundSettings(null, -3, false)),
                argumentSet("round settings size none", "round settings size none", invalid("round.settings.usage")),
                argumentSet("round settings with a word it does not know", "round settings colour blue",
                        invalid("round.settings.usage")),
                argumentSet("round settings with a huge number is the largest int, for the use case to refuse",
                        "round settings max 99999999999", new RoundSettings(null, Integer.MAX_VALUE, false)),
                argumentSet("round settings with a huge negative size", "round settings size -99999999999",
                        new RoundSettings(Integer.MIN_VALUE, null, false)),
                argumentSet("round settings size twice", "round settings size 4 size 5", invalid("round.settings.repeated", "size")),
                argumentSet("round settings max twice", "round settings MAX none max 3", invalid("round.settings.repeated", "max")),
                // breaks
                argumentSet("pause until an ISO date", "pause until 2027-02-01", new Pause(LocalDate.of(2027, 2, 1))),
                argumentSet("pause with a Norwegian date", "pause 1.2.2027", new Pause(LocalDate.of(2027, 2, 1))),
                argumentSet("pause UNTIL in capitals", "PAUSE UNTIL 1.2.2027", new Pause(LocalDate.of(2027, 2, 1))),
                argumentSet("pause without a date", "pause", invalid("pause.usage")),
                argumentSet("pause until without a date", "pause until", invalid("pause.usage")),
                argumentSet("pause until a day that does not exist", "pause until 2027-02-30", invalid("date.invalid", "2027-02-30")),
                argumentSet("pause for a while", "pause for a while", invalid("date.invalid", "for a while")),
                argumentSet("resume", "resume", new Resume()),
                argumentSet("resume with more words", "resume now", new Unknown("resume now")),
                argumentSet("home", "home", new Home()),
                // joining as
                argumentSet("join as special educator", "join special-educator", new Join("special-educator")),
                argumentSet("join as spesialpedagog", "join spesialpedagog", new Join("special-educator")),
                argumentSet("join as teacher", "join as teacher", new Join("teacher")),
                argumentSet("join as lærer", "join lærer", new Join("teacher")),
                argumentSet("join as LÆRER in capitals", "JOIN LÆRER", new Join("teacher")),
                argumentSet("join as assistent", "join as assistent", new Join("assistant")),
                argumentSet("join as a pilot", "join pilot", new Unknown("join pilot")),
                // never together
                argumentSet("exclude two typed handles", "exclude @a @b", new Exclude(new PersonRef(null, "a"), new PersonRef(null, "b"))),
                argumentSet("exclude two mentions", "exclude <@U1|liv> <@U2>", new Exclude(LIV, U2)),
                argumentSet("exclude one", "exclude @a", invalid("exclude.usage")),
                argumentSet("exclude three", "exclude @a @b @c", invalid("exclude.usage")),
                argumentSet("exclude nobody", "exclude", invalid("exclude.usage")),
                // groups
                argumentSet("groups opens the editor", "groups", new EditGroups()),
                argumentSet("groups propose", "groups propose", new ProposeGroups()),
                argumentSet("groups accept", "groups accept", new AcceptGroups()),
                argumentSet("groups ACCEPT in capitals", "GROUPS ACCEPT", new AcceptGroups()),
                argumentSet("groups seat", "groups seat 12 U0KARI", new SeatMember(12, "U0KARI")),
                argumentSet("groups seat without whom", "groups seat 12", new Unknown("groups seat 12")),
                argumentSet("groups seat with a word for a group", "groups seat twelve U0KARI", new Unknown("groups seat twelve U0KARI")),
                argumentSet("groups with an unknown word", "groups shuffle", new Unknown("groups shuffle")));
    }

    @ParameterizedTest
    @MethodSource("roundAndGroupCommands")
    void understandsRoundAndGroupCommands(String typed, MentoringCommand expected) {
        assertEquals(expected, parser.parse(typed), () -> "typed: " + visible(typed));
    }

    @Test
    void aSeatButtonCarriesTheGroupAndThePerson() {
        assertEquals(new SeatMember(12, "U0KARI"), parser.parseAction("group.seat", "12:U0KARI"));
        assertEquals(new SeatMember(12, "U0KARI"), parser.parse(CommandParser.typedFormOf("group.seat", "12:U0KARI")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"twelve:U0KARI", "12", "", ":U0KARI", "99999999999999999999:U0KARI", "-:U0KARI"})
    void aSeatButtonWithAMalformedValueIsNotUnderstood(String value) {
        assertInstanceOf(Unknown.class, parser.parseAction("group.seat", value));
    }

    @Test
    void aSeatButtonWithoutAValueIsNotUnderstood() {
        assertInstanceOf(Unknown.class, parser.parseAction("group.seat", null));
    }

    @Test
    void aVeryLongRoundNameIsPassedOnWholeSoTheUseCaseCanRefuseIt() {
        var open = assertInstanceOf(OpenRound.class, parser.parse("round open " + "å".repeat(500) + " --until 2027-06-20"));

        assertEquals(500, open.name().length());
        assertEquals(LocalDate.of(2027, 6, 20), open.endsOn());
    }

    @Test
    void controlCharactersInAMentionListAreIgnored() {
        assertEquals(new AddLeaders(List.of(LIV, KARI)), parser.parse("leaders add\u0000<@U1|liv>\u0007\r\n@kari\u200B"));
    }

    static Stream<Arguments> actions() {
        return Stream.of(
                argumentSet("join button", "round.join", new Join()),
                argumentSet("leave button", "round.leave", new Leave()),
                argumentSet("status button", "round.status", new Status()),
                argumentSet("help button", "help", new Help()),
                argumentSet("resume button", "round.pause.resume", new Resume()),
                argumentSet("form groups button", "groups.edit", new EditGroups()),
                argumentSet("propose button", "groups.propose", new ProposeGroups()),
                argumentSet("accept groups button", "groups.accept", new AcceptGroups()),
                argumentSet("home button", "home", new Home()),
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
