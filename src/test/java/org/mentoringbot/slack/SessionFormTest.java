package org.mentoringbot.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.slack.api.util.json.GsonFactory;
import com.slack.api.model.view.ViewState;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mentoringbot.chat.command.MentoringCommand;
import org.mentoringbot.chat.reply.Messages;
import org.mentoringbot.chat.reply.Reply;

/** The session modal as Slack gets it, and a submission read back. */
class SessionFormTest {
    private static final Messages ENGLISH = Messages.in(Locale.ENGLISH);

    private static JsonObject render(Reply.SessionForm form) {
        SlackMessage message = form.accept(new BlockKitRenderer(ENGLISH));
        return GsonFactory.createSnakeCase().toJsonTree(message.modal()).getAsJsonObject();
    }

    private static JsonObject block(JsonObject modal, String blockId) {
        for (var block : modal.getAsJsonArray("blocks")) {
            JsonObject b = block.getAsJsonObject();
            if (b.has("block_id") && b.get("block_id").getAsString().equals(blockId)) {
                return b;
            }
        }
        return null;
    }

    @Test
    void aLeaderOfOneGroupGetsItsOpenTopicsAndNoGroupChoice() {
        String longTopic = "Å si fra til en kollega som ikke følger opp elevene sine, uten å ødelegge samarbeidet 🌻";
        JsonObject modal = render(new Reply.SessionForm(List.of(new Reply.SessionFormGroup(7, 2,
                List.of(new Reply.AgendaTopic(11, "Vurdering"), new Reply.AgendaTopic(12, longTopic)))), "Europe/Oslo", 60));

        assertEquals("session.form", modal.get("callback_id").getAsString());
        assertEquals("group=7", modal.get("private_metadata").getAsString());
        assertEquals(null, block(modal, SessionForm.GROUP_BLOCK));
        assertEquals("Europe/Oslo", block(modal, "session_time").getAsJsonObject("element").get("timezone").getAsString());
        assertEquals("Start time (Europe/Oslo)", block(modal, "session_time").getAsJsonObject("label").get("text").getAsString());
        assertEquals("60", block(modal, "session_length").getAsJsonObject("element").getAsJsonObject("initial_option")
                .get("value").getAsString());
        JsonArray lengths = block(modal, "session_length").getAsJsonObject("element").getAsJsonArray("options");
        assertEquals("15 min", lengths.get(0).getAsJsonObject().getAsJsonObject("text").get("text").getAsString());
        assertEquals("8 h", lengths.get(lengths.size() - 1).getAsJsonObject().getAsJsonObject("text").get("text").getAsString());
        assertEquals(300, block(modal, "session_place").getAsJsonObject("element").get("max_length").getAsInt());
        JsonArray topics = block(modal, "session_topics").getAsJsonObject("element").getAsJsonArray("options");
        assertEquals("11", topics.get(0).getAsJsonObject().get("value").getAsString());
        String shortened = topics.get(1).getAsJsonObject().getAsJsonObject("text").get("text").getAsString();
        assertEquals(75, shortened.codePointCount(0, shortened.length()), "Slack's limit for an option's text");
        assertTrue(shortened.endsWith("…"), shortened);
    }

    @Test
    void aLeaderOfSeveralGroupsChoosesOneAndSeesTopicsByGroup() {
        JsonObject modal = render(new Reply.SessionForm(List.of(
                new Reply.SessionFormGroup(7, 2, List.of(new Reply.AgendaTopic(11, "Vurdering"))),
                new Reply.SessionFormGroup(8, 3, List.of(new Reply.AgendaTopic(21, "Klasseledelse")))), "UTC", 60));

        assertEquals("", modal.get("private_metadata").getAsString());
        JsonArray groups = block(modal, SessionForm.GROUP_BLOCK).getAsJsonObject("element").getAsJsonArray("options");
        assertEquals(List.of("7", "8"), List.of(groups.get(0).getAsJsonObject().get("value").getAsString(),
                groups.get(1).getAsJsonObject().get("value").getAsString()));
        JsonArray optionGroups = block(modal, "session_topics").getAsJsonObject("element").getAsJsonArray("option_groups");
        assertEquals("Group 3", optionGroups.get(1).getAsJsonObject().getAsJsonObject("label").get("text").getAsString());
    }

    @Test
    void withoutOpenTopicsTheFormSaysHowTheyComeAndHasNoTopicField() {
        JsonObject modal = render(new Reply.SessionForm(List.of(new Reply.SessionFormGroup(7, 2, List.of())), "UTC", 60));

        assertEquals(null, block(modal, "session_topics"));
        assertTrue(modal.toString().contains("No open topics on the group's board yet"), modal.toString());
    }

    private static ViewState state(Map<String, Map<String, ViewState.Value>> values) {
        ViewState state = new ViewState();
        state.setValues(values);
        return state;
    }

    private static ViewState.Value value(java.util.function.Consumer<ViewState.Value> fill) {
        ViewState.Value value = new ViewState.Value();
        fill.accept(value);
        return value;
    }

    private static ViewState.SelectedOption option(String v) {
        ViewState.SelectedOption option = new ViewState.SelectedOption();
        option.setValue(v);
        return option;
    }

    @Test
    void aSubmissionIsReadIntoAScheduleCommandFromTheForm() {
        var values = Map.of(
                SessionForm.GROUP_BLOCK, Map.of(SessionForm.GROUP, value(v -> v.setSelectedOption(option("8")))),
                "session_date", Map.of("date", value(v -> v.setSelectedDate("2027-01-14"))),
                "session_time", Map.of("time", value(v -> {
                    v.setSelectedTime("15:00");
                    v.setTimezone("Europe/Oslo");
                })),
                "session_length", Map.of("length", value(v -> v.setSelectedOption(option("90")))),
                "session_place", Map.of("place", value(v -> v.setValue("  Rom\u0007 204\n "))),
                "session_topics", Map.of("topics", value(v -> v.setSelectedOptions(List.of(option("21"), option("22"))))));

        var command = SessionForm.read(state(values), "group=7");

        assertEquals(new MentoringCommand.Schedule(8L, null, LocalDate.of(2027, 1, 14), LocalTime.of(15, 0), null,
                ZoneId.of("Europe/Oslo"), Duration.ofMinutes(90), "Rom 204", List.of(21L, 22L), true), command);
    }

    @Test
    void theGroupComesFromTheMetadataWhenThereWasNoChoice() {
        var values = Map.of(
                "session_date", Map.of("date", value(v -> v.setSelectedDate("2027-01-14"))),
                "session_time", Map.of("time", value(v -> v.setSelectedTime("15:00"))));

        var command = assertInstanceOf(MentoringCommand.Schedule.class, SessionForm.read(state(values), "group=7"));

        assertEquals(7L, command.groupId());
        assertEquals(null, command.zone(), "read in the user's own zone");
        assertEquals(null, command.place());
    }

    @Test
    void aSubmissionWithoutATimeIsNotOurs() {
        var values = Map.of("session_date", Map.of("date", value(v -> v.setSelectedDate("2027-01-14"))));

        assertEquals(new MentoringCommand.Invalid("session.usage", List.of()), SessionForm.read(state(values), "group=7"));
        assertEquals(new MentoringCommand.Invalid("session.usage", List.of()), SessionForm.read(null, null));
    }

    @Test
    void aTamperedSubmissionIsNotRun() {
        var values = Map.of(
                "session_date", Map.of("date", value(v -> v.setSelectedDate("2027-02-30"))),
                "session_time", Map.of("time", value(v -> v.setSelectedTime("15:00"))));

        assertInstanceOf(MentoringCommand.Invalid.class, SessionForm.read(state(values), "group=7"));
        assertInstanceOf(MentoringCommand.Invalid.class, SessionForm.read(state(Map.of(
                "session_date", Map.of("date", value(v -> v.setSelectedDate("2027-01-14"))),
                "session_time", Map.of("time", value(v -> v.setSelectedTime("15:00"))))), "group=x"));
    }

    @Test
    void problemsGoToTheirFieldsBlocks() {
        var problems = new Reply.FieldProblems(List.of(
                new Reply.FieldProblem(Reply.SessionForm.TIME, "session.past", List.of("Thursday")),
                new Reply.FieldProblem(Reply.SessionForm.PLACE, "session.place.too.long", List.of(300))));

        Map<String, String> errors = SessionForm.errors(ENGLISH, problems);

        assertEquals(List.of("session_time", "session_place"), List.copyOf(errors.keySet()));
        assertTrue(errors.get("session_time").contains("already passed (Thursday)"));
        assertFalse(errors.get("session_place").isBlank());
    }
}
