package org.mentoringbot.delivery;

import java.time.Instant;
import java.util.List;
import org.mentoringbot.chat.ChatAddress;
import org.mentoringbot.chat.ReflectionButtons;
import org.mentoringbot.chat.reply.Messages;
import org.mentoringbot.chat.reply.Reply.Notice;
import org.mentoringbot.chat.reply.Reply.Tone;
import org.mentoringbot.chat.reply.SessionTimes;
import org.mentoringbot.core.member.Person;
import org.mentoringbot.usecase.ReminderOutbox;

/**
 * Words a due reminder in the recipient's language and time zone and writes it to the outbox as a
 * direct message. Every reminder says how to turn reminders off.
 */
public final class ReminderNotices implements ReminderOutbox {
    private final NoticeOutbox outbox;

    public ReminderNotices(NoticeOutbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public boolean enqueue(String key, Person recipient, Note note, Instant notBefore) {
        return outbox.enqueue(key, ChatAddress.directTo(recipient), noticeFor(note), notBefore);
    }

    /** The notice for a reminder: times shown in the recipient's own zone and language. */
    static Notice noticeFor(Note note) {
        Messages messages = Messages.in(note.locale());
        String when = when(note.startsAt(), note);
        String place = note.place() == null || note.place().isBlank() ? "" : " " + messages.get("reminder.place", note.place());
        String late = note.late() ? " " + messages.get("reminder.late") : "";
        String off = messages.get("reminder.off");
        return switch (note.kind()) {
            case BEFORE_SESSION -> Notice.of(Tone.INFO, "reminder.before", note.groupNumber(), when, place, late, off);
            case LEADER_PREPARATION -> Notice.of(Tone.INFO, "reminder.prepare", note.groupNumber(), when, place,
                    list(messages, note.agenda(), "reminder.agenda.empty"), list(messages, note.apologies(), "reminder.apologies.none"),
                    late, off);
            case REFLECT_INVITATION -> Notice.of(Tone.INFO, "reminder.reflect", note.groupNumber(), late, off)
                    .withActions(ReflectionButtons.afterSession(note.sessionId()));
            case REFLECT_FOLLOW_UP -> Notice.of(Tone.INFO, "reminder.reflect.followup", note.groupNumber(), off)
                    .withActions(ReflectionButtons.afterSession(note.sessionId()));
            case END_OF_ROUND_INVITATION, END_OF_ROUND_FOLLOW_UP -> Notice.of(Tone.INFO, "reminder.end.followup", off)
                    .withActions(ReflectionButtons.endOfRound());
        };
    }

    private static String when(Instant instant, Note note) {
        return new SessionTimes(Messages.in(note.locale()), note.zone()).moment(instant) + " (" + note.zone().getId() + ")";
    }

    private static String list(Messages messages, List<String> items, String emptyKey) {
        return items.isEmpty() ? messages.get(emptyKey) : String.join("; ", items);
    }
}
