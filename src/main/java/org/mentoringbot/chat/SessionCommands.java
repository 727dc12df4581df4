package org.mentoringbot.chat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.mentoringbot.chat.command.CommandParser;
import org.mentoringbot.chat.command.MentoringCommand;
import org.mentoringbot.chat.command.PersonRef;
import org.mentoringbot.chat.reply.Messages;
import org.mentoringbot.chat.reply.Reply;
import org.mentoringbot.chat.reply.Reply.Action;
import org.mentoringbot.chat.reply.Reply.FieldProblem;
import org.mentoringbot.chat.reply.Reply.Notice;
import org.mentoringbot.chat.reply.Reply.SessionForm;
import org.mentoringbot.chat.reply.Reply.Tone;
import org.mentoringbot.chat.reply.SessionTimes;
import org.mentoringbot.core.member.Person;
import org.mentoringbot.core.session.MentoringSession;
import org.mentoringbot.usecase.CancelSession;
import org.mentoringbot.usecase.GroupChoice;
import org.mentoringbot.usecase.RescheduleSession;
import org.mentoringbot.usecase.ScheduleSession;
import org.mentoringbot.usecase.SessionProblem;
import org.mentoringbot.usecase.ShowScheduleForm;
import org.mentoringbot.usecase.ShowSessions;
import org.mentoringbot.usecase.TakeAttendance;

/**
 * Sessions: leaders plan, move and cancel them and take attendance; everyone sees what is coming.
 * Times are read and shown in the asker's own zone and language; a time the clocks skip or show
 * twice comes back as a question with buttons that carry the exact instant.
 */
final class SessionCommands {
    /** The longest list a reply shows, so it stays readable (and within Slack's 3,000 characters a block). */
    static final int MAX_LIST_CHARS = 2_400;
    static final int MAX_LISTED_PLACE = 80;
    static final int MAX_LISTED_TOPIC = 60;

    private final UseCases useCases;
    private final SessionNews news;
    private final Mentions mentions;

    SessionCommands(UseCases useCases, SessionNews news, Mentions mentions) {
        this.useCases = useCases;
        this.news = news;
        this.mentions = mentions;
    }

    Reply form(Requester requester, Integer groupNumber) {
        var result = useCases.showScheduleForm().form(requester.actor(), GroupChoice.number(groupNumber));
        if (result instanceof ShowScheduleForm.Form form) {
            return new SessionForm(form.groups().stream()
                    .map(g -> new Reply.SessionFormGroup(g.group().id(), g.group().number(), g.openTopics().stream()
                            .map(t -> new Reply.AgendaTopic(t.id(), t.text())).toList()))
                    .toList(), requester.zone().getId(), (int) ScheduleSession.DEFAULT_LENGTH.toMinutes());
        }
        return problem(requester, (SessionProblem) result, null);
    }

    Reply schedule(Requester requester, MentoringCommand.Schedule command) {
        ZoneId zone = command.zone() != null ? command.zone() : requester.zone();
        var request = new ScheduleSession.Request(new GroupChoice(command.groupId(), command.groupNumber()), command.date(),
                command.time(), command.offset(), zone, command.length(), command.place(), command.topicIds());
        var result = useCases.scheduleSession().schedule(requester.actor(), request);
        if (result instanceof ScheduleSession.Scheduled scheduled) {
            news.scheduled(requester, scheduled);
            MentoringSession session = scheduled.session();
            Messages messages = Messages.in(requester.locale());
            return Notice.of(Tone.SUCCESS, "session.scheduled", session.id(), scheduled.group().number(),
                    times(requester).span(session.startsAt(), session.endsAt()), placeSentence(messages, session.place()),
                    scheduled.agenda().size());
        }
        SessionProblem problem = (SessionProblem) result;
        if (command.viaForm()) {
            FieldProblem field = fieldProblem(requester, problem);
            if (field != null) {
                return new Reply.FieldProblems(List.of(field));
            }
        }
        return problem(requester, problem, command);
    }

    Reply reschedule(Requester requester, MentoringCommand.Reschedule command) {
        var change = new RescheduleSession.Change(command.date(), command.time(), command.offset(), requester.zone(),
                command.length(), command.place());
        var result = useCases.rescheduleSession().reschedule(requester.actor(), command.sessionId(), change);
        if (result instanceof RescheduleSession.Rescheduled rescheduled) {
            news.rescheduled(requester, rescheduled);
            MentoringSession session = rescheduled.session();
            Messages messages = Messages.in(requester.locale());
            return Notice.of(Tone.SUCCESS, "session.rescheduled", session.id(), rescheduled.group().number(),
                    times(requester).span(session.startsAt(), session.endsAt()), placeSentence(messages, session.place()));
        }
        return problem(requester, (SessionProblem) result, command);
    }

    Reply cancel(Requester requester, long sessionId) {
        var result = useCases.cancelSession().cancel(requester.actor(), sessionId);
        if (result instanceof CancelSession.Cancelled cancelled) {
            news.cancelled(requester, cancelled);
            MentoringSession session = cancelled.session();
            return Notice.of(Tone.SUCCESS, "session.cancelled", session.id(), cancelled.group().number(),
                    times(requester).span(session.startsAt(), session.endsAt()), cancelled.topicsBack());
        }
        return problem(requester, (SessionProblem) result, null);
    }

    Reply list(Requester requester) {
        var result = useCases.showSessions().upcoming(requester.actor());
        if (!(result instanceof ShowSessions.Upcoming upcoming)) {
            return problem(requester, (SessionProblem) result, null);
        }
        Messages messages = Messages.in(requester.locale());
        SessionTimes times = times(requester);
        List<String> lines = new ArrayList<>();
        int shown = 0;
        int total = upcoming.groups().stream().mapToInt(g -> g.sessions().size()).sum();
        int length = 0;
        for (ShowSessions.GroupSessions group : upcoming.groups()) {
            List<String> groupLines = new ArrayList<>();
            groupLines.add(messages.get("sessions.group", group.group().number(), group.group().leaderName()));
            if (group.sessions().isEmpty()) {
                groupLines.add(messages.get("sessions.group.none"));
            }
            for (ShowSessions.UpcomingSession upcomingSession : group.sessions()) {
                MentoringSession session = upcomingSession.session();
                String line = messages.get("sessions.line", session.id(), times.span(session.startsAt(), session.endsAt()),
                        session.place() == null ? messages.get("sessions.no.place") : shorten(session.place(), MAX_LISTED_PLACE));
                if (!upcomingSession.agenda().isEmpty()) {
                    line += "\n" + messages.get("sessions.agenda", upcomingSession.agenda().stream()
                            .map(text -> shorten(text, MAX_LISTED_TOPIC)).collect(Collectors.joining("; ")));
                }
                if (length + line.length() > MAX_LIST_CHARS) {
                    break;
                }
                groupLines.add(line);
                length += line.length();
                shown++;
            }
            lines.addAll(groupLines);
        }
        if (shown < total) {
            lines.add(messages.get("sessions.more", total - shown));
        }
        return Notice.of(Tone.INFO, "sessions.list", requester.zone().getId(), String.join("\n", lines));
    }

    Reply attendance(Requester requester, MentoringCommand.Attendance command) {
        List<PersonRef> named = new ArrayList<>(command.absent());
        named.addAll(command.present());
        var resolved = mentions.resolve(requester.person().workspace(), named);
        if (!resolved.unknown().isEmpty()) {
            return Notice.of(Tone.PROBLEM, "people.unknown", String.join(", ", resolved.unknown()));
        }
        List<Person> people = resolved.people();
        var absent = new LinkedHashSet<>(people.subList(0, command.absent().size()).stream().map(Person::userId).toList());
        var present = new LinkedHashSet<>(people.subList(command.absent().size(), people.size()).stream().map(Person::userId).toList());
        var result = useCases.takeAttendance().attendance(requester.actor(), command.sessionId(), absent, present);
        Messages messages = Messages.in(requester.locale());
        if (result instanceof TakeAttendance.Roster roster) {
            MentoringSession session = roster.session();
            String came = names(messages, roster.entries().stream().filter(TakeAttendance.Entry::present).toList());
            String away = names(messages, roster.entries().stream().filter(e -> !e.present()).toList());
            return Notice.of(roster.changed() > 0 ? Tone.SUCCESS : Tone.INFO, "attendance.roster", session.id(),
                    roster.group().number(), times(requester).span(session.startsAt(), session.endsAt()), roster.present(),
                    roster.entries().size(), came, away);
        } else if (result instanceof TakeAttendance.Tally tally) {
            MentoringSession session = tally.session();
            return Notice.of(tally.changed() > 0 ? Tone.SUCCESS : Tone.INFO, "attendance.tally", session.id(),
                    tally.group().number(), times(requester).span(session.startsAt(), session.endsAt()), tally.present(),
                    tally.total());
        }
        SessionProblem problem = (SessionProblem) result;
        Map<String, String> namesById = people.stream().collect(Collectors.toMap(Person::userId, Person::displayName, (a, b) -> a));
        if (problem instanceof SessionProblem.NotInGroup strangers) {
            return Notice.of(Tone.PROBLEM, "attendance.not.in.group", strangers.groupNumber(),
                    String.join(", ", strangers.userIds().stream().map(id -> namesById.getOrDefault(id, id)).toList()));
        } else if (problem instanceof SessionProblem.MarkedBoth both) {
            return Notice.of(Tone.PROBLEM, "attendance.both",
                    String.join(", ", both.userIds().stream().map(id -> namesById.getOrDefault(id, id)).toList()));
        }
        return problem(requester, problem, null);
    }

    /** Says why nothing happened; a time the clocks skip or show twice gets buttons for the times it could mean. */
    private Reply problem(Requester requester, SessionProblem problem, MentoringCommand asked) {
        SessionTimes times = times(requester);
        if (problem instanceof SessionProblem.NoProgram) {
            return Notice.of(Tone.INFO, "no.program");
        } else if (problem instanceof SessionProblem.NoRoundUnderWay) {
            return Notice.of(Tone.INFO, "session.no.round");
        } else if (problem instanceof SessionProblem.NotLeader) {
            return Notice.of(Tone.PROBLEM, "role.leader.only");
        } else if (problem instanceof SessionProblem.NotTheirGroup p) {
            return Notice.of(Tone.PROBLEM, "session.group.not.theirs", p.groupNumber());
        } else if (problem instanceof SessionProblem.NoSuchGroup p) {
            return Notice.of(Tone.PROBLEM, "session.group.unknown", p.groupNumber());
        } else if (problem instanceof SessionProblem.ChooseGroup p) {
            return Notice.of(Tone.INFO, "session.group.choose",
                    String.join(", ", p.groupNumbers().stream().map(String::valueOf).toList()), p.groupNumbers().get(0));
        } else if (problem instanceof SessionProblem.NoGroupsYet) {
            return Notice.of(Tone.INFO, "session.no.groups");
        } else if (problem instanceof SessionProblem.AnotherRound) {
            return Notice.of(Tone.PROBLEM, "session.another.round");
        } else if (problem instanceof SessionProblem.NotInAGroup) {
            return Notice.of(Tone.INFO, "sessions.not.in.group");
        } else if (problem instanceof SessionProblem.NoSuchSession p) {
            return Notice.of(Tone.PROBLEM, "session.unknown", p.sessionId());
        } else if (problem instanceof SessionProblem.AlreadyCancelled p) {
            return Notice.of(Tone.INFO, "session.already.cancelled", p.sessionId());
        } else if (problem instanceof SessionProblem.AlreadyStarted p) {
            return Notice.of(Tone.PROBLEM, "session.already.started", p.sessionId(), times.moment(p.start()));
        } else if (problem instanceof SessionProblem.NotStartedYet p) {
            return Notice.of(Tone.INFO, "attendance.not.started", p.sessionId(), times.moment(p.start()));
        } else if (problem instanceof SessionProblem.TimeInGap gap) {
            SessionTimes there = new SessionTimes(Messages.in(requester.locale()), gap.zone());
            Notice question = Notice.of(Tone.PROBLEM, "session.time.gap", there.clock(gap.time()), there.day(gap.date()),
                    gap.zone().getId(), there.clock(gap.clocksJumpTo()), there.clock(gap.suggested()));
            return asked == null ? question : question.withActions(
                    at(asked, gap.group().id(), gap.group().number(), gap.suggested(), gap.zone(), "action.session.gap",
                            true, there.clock(gap.suggested())));
        } else if (problem instanceof SessionProblem.TimeAmbiguous twice) {
            SessionTimes there = new SessionTimes(Messages.in(requester.locale()), twice.zone());
            Notice question = Notice.of(Tone.INFO, "session.time.ambiguous", there.clock(twice.time()), there.day(twice.date()),
                    twice.zone().getId(), there.offset(twice.earlier()), there.offset(twice.later()));
            if (asked == null) {
                return question;
            }
            return question.withActions(
                    at(asked, twice.group().id(), twice.group().number(), twice.earlier(), twice.zone(), "action.session.earlier",
                            false, there.clock(twice.time()), there.offset(twice.earlier())),
                    at(asked, twice.group().id(), twice.group().number(), twice.later(), twice.zone(), "action.session.later",
                            false, there.clock(twice.time()), there.offset(twice.later())));
        } else if (problem instanceof SessionProblem.InPast p) {
            return Notice.of(Tone.PROBLEM, "session.past", times.moment(p.start()));
        } else if (problem instanceof SessionProblem.BadLength p) {
            return Notice.of(Tone.PROBLEM, "session.length.bounds", times.length(p.shortest()), times.length(p.longest()),
                    times.length(p.asked()));
        } else if (problem instanceof SessionProblem.PlaceTooLong p) {
            return Notice.of(Tone.PROBLEM, "session.place.too.long", p.maxLength());
        } else if (problem instanceof SessionProblem.Overlaps p) {
            return Notice.of(Tone.PROBLEM, p.sameGroup() ? "session.overlap" : "session.overlap.other.group", p.groupNumber(),
                    p.other().id(), times.span(p.other().startsAt(), p.other().endsAt()));
        } else if (problem instanceof SessionProblem.AgendaNotOpen) {
            return Notice.of(Tone.PROBLEM, "session.agenda.not.open");
        } else if (problem instanceof SessionProblem.NotInGroup p) {
            return Notice.of(Tone.PROBLEM, "attendance.not.in.group", p.groupNumber(), String.join(", ", p.userIds()));
        } else if (problem instanceof SessionProblem.MarkedBoth p) {
            return Notice.of(Tone.PROBLEM, "attendance.both", String.join(", ", p.userIds()));
        }
        throw new IllegalStateException("unhandled session problem " + problem);
    }

    /**
     * The same command as asked, for the same group, at exactly {@code instant}: the offset it has in
     * {@code zone} goes into the button, so pressing it can never mean another time.
     */
    private static Action at(MentoringCommand asked, long groupId, int groupNumber, Instant instant, ZoneId zone,
            String labelKey, boolean primary, Object... labelArgs) {
        ZoneOffset offset = zone.getRules().getOffset(instant);
        LocalDateTime local = LocalDateTime.ofInstant(instant, offset);
        MentoringCommand exact;
        if (asked instanceof MentoringCommand.Schedule s) {
            exact = new MentoringCommand.Schedule(groupId, groupNumber, local.toLocalDate(), local.toLocalTime(), offset, zone,
                    s.length(), s.place(), s.topicIds(), false);
        } else if (asked instanceof MentoringCommand.Reschedule r) {
            exact = new MentoringCommand.Reschedule(r.sessionId(), local.toLocalDate(), local.toLocalTime(), offset, r.length(),
                    r.place());
        } else {
            throw new IllegalArgumentException("no time to choose in " + asked);
        }
        return new Action(CommandParser.SESSION_AT, labelKey, primary, CommandParser.sessionAtValue(exact, offset),
                List.of(labelArgs));
    }

    /** A problem the form can show next to one of its fields, or null when it is not about a field. */
    private FieldProblem fieldProblem(Requester requester, SessionProblem problem) {
        if (problem instanceof SessionProblem.TimeAmbiguous) {
            return null; // a question with two buttons, which a form field cannot hold
        }
        Reply reply = problem(requester, problem, null);
        if (!(reply instanceof Notice notice)) {
            return null;
        }
        String field;
        if (problem instanceof SessionProblem.InPast || problem instanceof SessionProblem.TimeInGap
                || problem instanceof SessionProblem.Overlaps) {
            field = SessionForm.TIME;
        } else if (problem instanceof SessionProblem.BadLength) {
            field = SessionForm.LENGTH;
        } else if (problem instanceof SessionProblem.PlaceTooLong) {
            field = SessionForm.PLACE;
        } else if (problem instanceof SessionProblem.AgendaNotOpen) {
            field = SessionForm.TOPICS;
        } else {
            return null;
        }
        return new FieldProblem(field, notice.key(), notice.args());
    }

    private static SessionTimes times(Requester requester) {
        return new SessionTimes(Messages.in(requester.locale()), requester.zone());
    }

    private static String placeSentence(Messages messages, String place) {
        return place == null ? "" : " " + messages.get("session.place", place);
    }

    private static String names(Messages messages, List<TakeAttendance.Entry> entries) {
        return entries.isEmpty() ? messages.get("attendance.nobody")
                : String.join(", ", entries.stream().map(TakeAttendance.Entry::displayName).toList());
    }

    private static String shorten(String text, int max) {
        if (text.codePointCount(0, text.length()) <= max) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, max - 1)) + "…";
    }
}
