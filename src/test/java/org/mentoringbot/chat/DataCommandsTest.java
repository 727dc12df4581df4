package org.mentoringbot.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mentoringbot.usecase.TestPeople.PRINCIPAL;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mentoringbot.chat.command.CommandParser;
import org.mentoringbot.chat.reply.Messages;
import org.mentoringbot.chat.reply.Reply;
import org.mentoringbot.chat.reply.Reply.Notice;
import org.mentoringbot.chat.reply.Reply.Tone;
import org.mentoringbot.chat.reply.Wording;
import org.mentoringbot.core.member.Person;
import org.mentoringbot.usecase.People;
import org.mentoringbot.usecase.ReflectingRound;
import org.mentoringbot.usecase.TestPeople;

/** "my data" and "forget me" as a member meets them. */
class DataCommandsTest {
    private final ReflectingRound r = new ReflectingRound();
    private final People people = TestPeople.everyoneExists();
    private final ChatSender sender = mock(ChatSender.class);
    private final CommandDispatcher dispatcher = new CommandDispatcher(r.store.useCases(people),
            new ChatPorts(people, sender, mock(GroupSpaces.class), mock(ChatFiles.class), Runnable::run));
    private final CommandParser parser = new CommandParser();
    private final List<ChatAddress> to = new ArrayList<>();
    private final List<Reply> sent = new ArrayList<>();

    @BeforeEach
    void capture() {
        doAnswer(call -> {
            to.add(call.getArgument(0));
            return sent.add(call.getArgument(1));
        }).when(sender).send(any(), any());
    }

    private Reply say(Person person, String typed) {
        return dispatcher.handle(new Requester(person, Locale.ENGLISH, null), parser.parse(typed));
    }

    @Test
    void myDataSendsEverythingStoredAboutTheCallerToThemAlone() {
        List<Person> members = r.join(1, 2);
        say(members.get(0), "reflect 4 3 Min egen notis om våren 🌱");
        say(members.get(1), "reflect 2 2 Den andres notis");

        assertEquals(Notice.of(Tone.SUCCESS, "data.sent"), say(members.get(0), "my data"));

        assertTrue(to.stream().allMatch(address -> address.equals(ChatAddress.directTo(members.get(0)))), to.toString());
        String text = String.join("\n", sent.stream().map(reply -> render(reply, Messages.in(Locale.ENGLISH))).toList());
        assertTrue(text.contains("Everything the bot stores about you in Lindeskolen"), text);
        assertTrue(text.contains("Your baseline: mastery 4, safety 3.") && text.contains("Min egen notis om våren 🌱"), text);
        assertFalse(text.contains("Den andres notis"), text);
        String norwegian = String.join("\n", sent.stream().map(reply -> render(reply, Messages.in(Locale.forLanguageTag("nb")))).toList());
        assertTrue(norwegian.contains("Utgangspunktet ditt: mestring 4, trygghet 3."), norwegian);
    }

    @Test
    void someoneWithNothingStoredIsToldSo() {
        assertEquals(Notice.of(Tone.INFO, "data.nothing"), say(ReflectingRound.person("stranger"), "my data"));
        assertTrue(sent.isEmpty());
    }

    @Test
    void forgetMeAsksFirstAndTheButtonErases() {
        Person kari = r.join(1, 1).get(0);
        say(kari, "reflect 4 3 notat");

        var ask = (Notice) say(kari, "forget me");
        assertEquals("data.forget.ask", ask.key());
        assertEquals(List.of(DataCommands.CONFIRM_FORGET), ask.actions());
        assertFalse(DataCommands.CONFIRM_FORGET.primary());
        assertEquals(1, r.store.reflections.all().size());

        Reply done = dispatcher.handle(new Requester(kari, Locale.ENGLISH, null),
                parser.parseAction(DataCommands.CONFIRM_FORGET.id(), DataCommands.CONFIRM_FORGET.value()));

        assertEquals(Notice.of(Tone.SUCCESS, "data.forgotten"), done);
        assertTrue(r.store.reflections.all().isEmpty());
        assertEquals("reflect.not.in.round", ((Notice) say(kari, "reflect 3 3")).key());
    }

    @Test
    void theOwnerIsToldWhyTheyCannotBeErased() {
        assertEquals(Notice.of(Tone.INFO, "data.forget.owner", "Lindeskolen"), say(PRINCIPAL, "forget me confirm"));
    }

    private static String render(Reply reply, Messages messages) {
        if (reply instanceof Reply.PersonalData data) {
            return String.join("\n", new Wording(messages).personalData(data));
        }
        Notice notice = assertInstanceOf(Notice.class, reply);
        return messages.get(notice.key(), notice.args());
    }
}
