package org.mentoringbot.chat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.Executor;
import org.mentoringbot.calendar.SessionInvitation;
import org.mentoringbot.chat.reply.Messages;
import org.mentoringbot.chat.reply.Reply;
import org.mentoringbot.chat.reply.Reply.Notice;
import org.mentoringbot.chat.reply.Reply.Tone;
import org.mentoringbot.chat.reply.SessionTimes;
import org.mentoringbot.core.group.MentoringGroup;
import org.mentoringbot.core.member.Person;
import org.mentoringbot.core.session.MentoringSession;
import org.mentoringbot.usecase.CancelSession;
import org.mentoringbot.usecase.RescheduleSession;
import org.mentoringbot.usecase.ScheduleSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells a group about its sessions after the leader's answer: a message in the group's channel,
 * then the session's calendar file (.ics) there, so one click puts the session in a calendar, moves
 * it, or takes it out. Runs on the follow-up executor, like {@link Notifications}.
 *
 * <p>A channel has readers in several zones and languages, so its message says the time with its
 * zone in a form that needs no translating; each calendar shows the file's UTC times in its own
 * zone. The file's texts are in the language of the leader who acted.
 */
final class SessionNews {
    /**
     * iCalendar needs an organizer address, and we hold nobody's: this one can never be delivered
     * (RFC 2606 reserves .invalid). A published event asks for no replies anyway.
     */
    static final String ORGANIZER_ADDRESS = "no-reply@mentoring-bot.invalid";
    private static final Logger LOG = LoggerFactory.getLogger(SessionNews.class);

    private final ChatSender sender;
    private final ChatFiles files;
    private final FollowUps followUps;

    SessionNews(ChatSender sender, ChatFiles files, Executor followUps) {
        this.sender = sender;
        this.files = files;
        this.followUps = new FollowUps(followUps);
    }

    void scheduled(Requester by, ScheduleSession.Scheduled scheduled) {
        MentoringSession session = scheduled.session();
        String when = where(session, by);
        Notice notice = Notice.of(Tone.INFO, "notify.session.scheduled", by.person().displayName(), session.id(),
                scheduled.group().number(), when, scheduled.agenda().size());
        tell(by, scheduled.group(), scheduled.members(), notice, session, scheduled.at(), "session.ics.comment.scheduled");
    }

    void rescheduled(Requester by, RescheduleSession.Rescheduled rescheduled) {
        MentoringSession session = rescheduled.session();
        Notice notice = Notice.of(Tone.INFO, "notify.session.rescheduled", by.person().displayName(), session.id(),
                rescheduled.group().number(), where(session, by));
        tell(by, rescheduled.group(), rescheduled.members(), notice, session, rescheduled.at(), "session.ics.comment.rescheduled");
    }

    void cancelled(Requester by, CancelSession.Cancelled cancelled) {
        MentoringSession session = cancelled.session();
        Notice notice = Notice.of(Tone.INFO, "notify.session.cancelled", by.person().displayName(), session.id(),
                cancelled.group().number(), SessionTimes.neutral(session.startsAt(), session.endsAt(), by.zone()));
        tell(by, cancelled.group(), cancelled.members(), notice, session, cancelled.at(), "session.ics.comment.cancelled");
    }

    /** "2027-01-14 15:00–16:00 (Europe/Oslo), Room 204". */
    private static String where(MentoringSession session, Requester by) {
        String when = SessionTimes.neutral(session.startsAt(), session.endsAt(), by.zone());
        return session.place() == null ? when : when + ", " + session.place();
    }

    private void tell(Requester by, MentoringGroup group, List<Person> members, Notice notice, MentoringSession session,
            Instant at, String commentKey) {
        String workspace = by.person().workspace();
        Messages messages = Messages.in(by.locale());
        byte[] ics = invitation(messages, group, session, at).getBytes(StandardCharsets.UTF_8);
        String fileName = "mentoring-session-" + session.id() + ".ics";
        String title = messages.get("session.ics.file.title", session.id(), group.number());
        String comment = messages.get(commentKey, session.id(), group.number());
        followUps.later("tell group " + group.id() + " about session " + session.id(), () -> {
            if (group.channelId() == null) {
                // No channel could be made for the group: each member hears it directly, without the file.
                LOG.warn("group {} has no channel: telling its members one by one", group.id());
                members.forEach(member -> send(ChatAddress.directTo(member), notice));
                return;
            }
            ChatAddress channel = new ChatAddress(workspace, group.channelId());
            send(channel, notice);
            try {
                files.share(channel, fileName, title, ics, comment);
            } catch (RuntimeException e) {
                LOG.warn("could not share the calendar file of session {}: {}", session.id(), e.getMessage());
            }
        });
    }

    /** The session's calendar file: same UID for its whole life, a higher sequence on every change. */
    static String invitation(Messages messages, MentoringGroup group, MentoringSession session, Instant at) {
        // Never the topics: a calendar may be shared with people outside the group.
        var invitation = new SessionInvitation.Invitation(session.calendarUid(), session.sequence(),
                messages.get("session.ics.title", group.number()),
                messages.get("session.ics.description", group.number(), group.leaderName()),
                session.place(), session.startsAt(), session.endsAt(), group.leaderName(), ORGANIZER_ADDRESS,
                session.isCancelled());
        return new SessionInvitation(Clock.fixed(at, ZoneOffset.UTC)).ics(invitation);
    }

    private void send(ChatAddress address, Reply reply) {
        try {
            sender.send(address, reply);
        } catch (RuntimeException e) {
            LOG.warn("could not send to {} in {}: {}", address.conversation(), address.workspace(), e.getMessage());
        }
    }
}
