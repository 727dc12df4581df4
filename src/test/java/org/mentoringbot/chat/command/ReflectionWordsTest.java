package org.mentoringbot.chat.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.mentoringbot.chat.command.MentoringCommand.ExportMyData;
import org.mentoringbot.chat.command.MentoringCommand.ForgetMe;
import org.mentoringbot.chat.command.MentoringCommand.Invalid;
import org.mentoringbot.chat.command.MentoringCommand.ListReflections;
import org.mentoringbot.chat.command.MentoringCommand.OpenReflection;
import org.mentoringbot.chat.command.MentoringCommand.Reflect;
import org.mentoringbot.chat.command.MentoringCommand.Summary;
import org.mentoringbot.chat.command.MentoringCommand.Unknown;
import org.mentoringbot.usecase.ReflectionOccasion;

class ReflectionWordsTest {
    private static final ReflectionOccasion DUE = ReflectionOccasion.DUE_NOW;
    private static final Invalid USAGE = new Invalid("reflect.usage", List.of());

    private final CommandParser parser = new CommandParser();

    static Stream<Arguments> typedText() {
        return Stream.of(
                argumentSet("reflect alone opens the form", "reflect", new OpenReflection(DUE)),
                argumentSet("two values", "reflect 4 3", new Reflect(DUE, 4, 3, null)),
                argumentSet("values and a note", "reflect 4 3 Jeg tar med meg ro", new Reflect(DUE, 4, 3, "Jeg tar med meg ro")),
                argumentSet("baseline form", "reflect baseline", new OpenReflection(ReflectionOccasion.BASELINE)),
                argumentSet("baseline values", "reflect baseline 4 3", new Reflect(ReflectionOccasion.BASELINE, 4, 3, null)),
                argumentSet("end values", "reflect end 2 5 takk", new Reflect(ReflectionOccasion.END_OF_ROUND, 2, 5, "takk")),
                argumentSet("END in capitals", "REFLECT END 2 5", new Reflect(ReflectionOccasion.END_OF_ROUND, 2, 5, null)),
                argumentSet("a session", "reflect session 12 3 3", new Reflect(ReflectionOccasion.session(12), 3, 3, null)),
                argumentSet("a session's form", "reflect session 12", new OpenReflection(ReflectionOccasion.session(12))),
                // out of range numbers are read; the use case refuses them with 1 to 5 in the message
                argumentSet("zero is read as zero", "reflect 0 3", new Reflect(DUE, 0, 3, null)),
                argumentSet("six is read as six", "reflect 3 6", new Reflect(DUE, 3, 6, null)),
                argumentSet("a letter", "reflect x 3", USAGE),
                argumentSet("one value", "reflect 4", USAGE),
                argumentSet("negative", "reflect -1 3", USAGE),
                argumentSet("a decimal", "reflect 3.5 3", USAGE),
                argumentSet("a huge number", "reflect 99999999999 3", USAGE),
                argumentSet("an unknown occasion", "reflect yesterday 3 3", USAGE),
                argumentSet("a session without an id", "reflect session x 3 3", USAGE),
                // hostile text in the note
                argumentSet("æøå and emoji", "reflect 5 5 Blåbær 🫐 og trygghet", new Reflect(DUE, 5, 5, "Blåbær 🫐 og trygghet")),
                argumentSet("spaces and tabs folded", "  reflect \t 4\u00A0 3   ro  og  fred ", new Reflect(DUE, 4, 3, "ro og fred")),
                argumentSet("control characters become spaces", "reflect 4 3 a\u0007b\u0000c", new Reflect(DUE, 4, 3, "a b c")),
                argumentSet("zero-width space inside the word", "ref\u200Blect 1 1", new Reflect(DUE, 1, 1, null)),
                argumentSet("braces and apostrophes kept", "reflect 3 3 it''s {0}", new Reflect(DUE, 3, 3, "it''s {0}")),
                // the other words
                argumentSet("reflections", "reflections", new ListReflections()),
                argumentSet("reflections with words", "reflections all", new Unknown("reflections all")),
                argumentSet("summary", "summary", new Summary(false)),
                argumentSet("summary --preview", "summary --preview", new Summary(true)),
                argumentSet("summary preview", "Summary Preview", new Summary(true)),
                argumentSet("summary nonsense", "summary now", new Unknown("summary now")),
                argumentSet("my data", "my data", new ExportMyData()),
                argumentSet("my alone", "my", new Invalid("data.my.usage", List.of())),
                argumentSet("forget me", "forget me", new ForgetMe(false)),
                argumentSet("forget me confirm", "forget me confirm", new ForgetMe(true)),
                argumentSet("forget alone", "forget", new Invalid("data.forget.usage", List.of())));
    }

    @ParameterizedTest
    @MethodSource("typedText")
    void understands(String typed, MentoringCommand expected) {
        assertEquals(expected, parser.parse(typed));
    }

    @Test
    void aVeryLongNoteIsKeptWholeForTheUseCaseToJudge() {
        String note = "ø".repeat(5000);

        assertEquals(new Reflect(DUE, 3, 3, note), parser.parse("reflect 3 3 " + note));
    }

    @Test
    void everyReflectButtonMeansWhatItsTypedFormMeans() {
        for (String value : List.of("baseline", "end", "session:7", "due")) {
            String typed = CommandParser.typedFormOf("reflect.open", value);
            assertEquals(parser.parse(typed), parser.parseAction("reflect.open", value), value);
        }
        assertEquals(new ListReflections(), parser.parseAction("reflect.list"));
        assertEquals(new ForgetMe(true), parser.parseAction("data.forget.confirm"));
        assertEquals(parser.parse(CommandParser.typedFormOf("data.forget.confirm", null)), new ForgetMe(true));
    }

    @Test
    void aTamperedOccasionIsNotMistakenForAnother() {
        assertEquals(USAGE, parser.parseAction("reflect.open", "session:abc"));
        assertEquals(new OpenReflection(DUE), parser.parseAction("reflect.open", null));
    }

    @Test
    void theNoteNeverShowsWhenTheCommandIsPrinted() {
        var command = parser.parse("reflect 3 3 hemmelig-notat");

        assertFalse(command.toString().contains("hemmelig-notat"), command.toString());
    }
}
