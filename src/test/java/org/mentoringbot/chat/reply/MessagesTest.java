package org.mentoringbot.chat.reply;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.ChoiceFormat;
import java.text.Format;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.mentoringbot.chat.command.CommandCatalog;
import org.mentoringbot.core.round.RoundState;

class MessagesTest {
    private static final Locale NB = Locale.forLanguageTag("nb");
    /** Each bundle file with the locale its patterns are formatted in. */
    private static final Map<String, Locale> FILES = Map.of("messages.properties", Locale.ENGLISH, "messages_nb.properties", NB);

    @Test
    void everyKeyExistsInEveryLanguage() {
        Set<String> english = load("messages.properties").stringPropertyNames();
        Set<String> norwegian = load("messages_nb.properties").stringPropertyNames();

        assertAll(
                () -> assertEquals(Set.of(), difference(english, norwegian), "in English only"),
                () -> assertEquals(Set.of(), difference(norwegian, english), "in Norwegian only"));
    }

    @Test
    void everyLanguageWithATranslationHasItsFile() {
        for (Locale translation : Messages.TRANSLATIONS) {
            assertTrue(FILES.containsValue(translation), translation + " has no file in this test");
            assertEquals(translation, Messages.in(translation).locale());
        }
    }

    /** ResourceBundle quietly falls back to ISO-8859-1 for a file that is not UTF-8, and æøå come out garbled. */
    @ParameterizedTest
    @MethodSource("files")
    void filesAreUtf8(String file) throws IOException {
        byte[] bytes = bytes(file);
        assertDoesNotThrow(() -> StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes)));
    }

    static Stream<Arguments> patterns() {
        return FILES.entrySet().stream().flatMap(file -> {
            Properties messages = load(file.getKey());
            return messages.stringPropertyNames().stream().sorted()
                    .map(key -> argumentSet(file.getValue() + " " + key, file.getValue(), key, messages.getProperty(key)));
        });
    }

    @ParameterizedTest
    @MethodSource("patterns")
    void noMessageIsBlank(Locale locale, String key, String pattern) {
        assertFalse(pattern.isBlank(), key + " is blank in " + locale);
    }

    /** A lone apostrophe starts a quote in MessageFormat: the apostrophe vanishes and {0} is shown as is. */
    @ParameterizedTest
    @MethodSource("patterns")
    void everyApostropheIsDoubled(Locale locale, String key, String pattern) {
        assertFalse(pattern.replace("''", "").contains("'"), key + " in " + locale + " has a single ' : write ''");
    }

    @ParameterizedTest
    @MethodSource("patterns")
    void everyPatternFormatsWithSampleArguments(Locale locale, String key, String pattern) {
        MessageFormat format = assertDoesNotThrow(() -> new MessageFormat(pattern, locale), key);
        for (long number : new long[] {0, 1, 2, 5, 1000}) {
            Object[] args = sampleArguments(format, number);
            String text = assertDoesNotThrow(() -> format.format(args), () -> key + " with " + Arrays.toString(args));
            assertFalse(text.isBlank(), key);
            assertFalse(text.contains("{") || text.contains("}"), () -> key + " left a placeholder: " + text);
        }
    }

    @ParameterizedTest
    @CsvSource({"nb, nb", "no, nb", "nn, nb", "nb-NO, nb", "no-NO, nb", "nn-NO, nb", "en, en", "en-GB, en", "de, en", "sv, en", "se, en"})
    void answersInBokmålForNorwegianAndInEnglishOtherwise(String requested, String answered) {
        Messages messages = Messages.in(Locale.forLanguageTag(requested));

        assertEquals(answered, messages.locale().getLanguage());
        assertEquals(answered.equals("nb") ? "Bli med" : "Join", messages.get("action.join"));
    }

    @Test
    void noLanguageMeansEnglish() {
        assertEquals("Leave", Messages.in(null).get("action.leave"));
        assertEquals(Locale.ENGLISH, Messages.in(null).locale());
    }

    @Test
    void aServerRunningInNorwegianStillAnswersOtherLanguagesInEnglish() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("nb-NO"));
            assertEquals("Join", Messages.in(Locale.GERMAN).get("action.join"));
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void apostrophesAreShown() {
        assertEquals("Sorry, I don't know \"dance\". Type help to see what I can do.",
                Messages.in(Locale.ENGLISH).get("unknown.command", "dance"));
    }

    @Test
    void norwegianLettersAreShown() {
        assertEquals("Gå ut", Messages.in(NB).get("action.leave"));
        assertEquals("Beklager, jeg kjenner ikke «danse». Skriv help for å se hva jeg kan.",
                Messages.in(NB).get("unknown.command", "danse"));
    }

    @Test
    void whatUsersTypedIsShownAsTypedEvenWithApostrophesAndBraces() {
        String text = Messages.in(Locale.ENGLISH).get("setup.created", "St. Mary's {1} 🌻", 1);
        assertTrue(text.contains("St. Mary's {1} 🌻"), text);
    }

    @Test
    void countsAreWrittenInTheUsersLanguage() {
        assertEquals("1,000 people have joined.", Messages.in(Locale.ENGLISH).get("status.counts", 1000L, 0L));
        assertEquals("1\u00A0000 personer er med.", Messages.in(NB).get("status.counts", 1000L, 0L));
    }

    @Test
    void countsChooseTheRightWords() {
        Messages english = Messages.in(Locale.ENGLISH);
        assertEquals("Nobody has joined yet.", english.get("status.counts", 0L, 0L));
        assertEquals("1 person has joined.", english.get("status.counts", 1L, 0L));
        assertEquals("2 people have joined. 3 on the waiting list.", english.get("status.counts", 2L, 3L));
        assertEquals("Welcome! You are in round 1. You are the first to join.", english.get("join.joined", 1, 1L));
        assertEquals("Welcome! You are in round 2. 7 people have joined so far.", english.get("join.joined", 2, 7L));
    }

    @ParameterizedTest
    @MethodSource("files")
    void onePersonOnTheWaitingListIsMentioned(String file) {
        Locale locale = FILES.get(file);
        String text = Messages.in(locale).get("status.counts", 5L, 1L);
        assertTrue(text.contains(locale.equals(NB) ? "1 på ventelisten" : "1 on the waiting list"), text);
    }

    @Test
    void everyKeyTheCodeBuildsExists() {
        for (Locale locale : List.of(Locale.ENGLISH, NB)) {
            Messages messages = Messages.in(locale);
            for (CommandCatalog.Entry entry : CommandCatalog.ENTRIES) {
                assertDoesNotThrow(() -> messages.get(entry.descriptionKey()), entry.descriptionKey());
            }
            for (RoundState state : RoundState.values()) {
                String key = "round.state." + state.name().toLowerCase(Locale.ROOT);
                assertDoesNotThrow(() -> messages.get(key), key);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(RoundState.class)
    void roundStatesReadDifferently(RoundState state) {
        Messages messages = Messages.in(Locale.ENGLISH);
        Set<String> others = new TreeSet<>();
        for (RoundState other : RoundState.values()) {
            if (other != state) {
                others.add(messages.get("round.state." + other.name().toLowerCase(Locale.ROOT)));
            }
        }
        assertFalse(others.contains(messages.get("round.state." + state.name().toLowerCase(Locale.ROOT))));
    }

    @Test
    void anUnknownKeyNamesTheKeyAndTheLanguage() {
        var e = assertThrows(IllegalArgumentException.class, () -> Messages.in(NB).get("no.such.key"));
        assertTrue(e.getMessage().contains("no.such.key") && e.getMessage().contains("nb"), e.getMessage());
    }

    static Stream<String> files() {
        return FILES.keySet().stream().sorted();
    }

    /** A number for every numeric or choice argument, a name with æøå and emoji for the others. */
    private static Object[] sampleArguments(MessageFormat format, long number) {
        Format[] formats = format.getFormatsByArgumentIndex();
        Object[] args = new Object[formats.length];
        for (int i = 0; i < formats.length; i++) {
            boolean numeric = formats[i] instanceof ChoiceFormat || formats[i] instanceof NumberFormat;
            args[i] = numeric ? (Object) number : "Lærerrommet på Ås 🌻";
        }
        return args;
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        Set<String> only = new TreeSet<>(a);
        only.removeAll(b);
        return only;
    }

    private static Properties load(String file) {
        try {
            Properties properties = new Properties();
            properties.load(new StringReader(new String(bytes(file), StandardCharsets.UTF_8)));
            return properties;
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static byte[] bytes(String file) throws IOException {
        try (InputStream in = MessagesTest.class.getClassLoader().getResourceAsStream(file)) {
            if (in == null) {
                throw new AssertionError(file + " is not on the classpath");
            }
            return in.readAllBytes();
        }
    }
}
