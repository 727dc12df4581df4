package org.mentoringbot.chat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.mentoringbot.chat.reply.Messages;
import org.mentoringbot.chat.reply.Reply;
import org.mentoringbot.chat.reply.Reply.Action;
import org.mentoringbot.chat.reply.Reply.DataLine;
import org.mentoringbot.chat.reply.Reply.Notice;
import org.mentoringbot.chat.reply.Reply.Tone;
import org.mentoringbot.core.member.MembershipStatus;
import org.mentoringbot.core.reflection.Reflection;
import org.mentoringbot.usecase.ExportPersonalData;
import org.mentoringbot.usecase.ForgetMe;
import org.mentoringbot.usecase.ShowReflections;

/** A person's own data: everything stored about them, sent to them alone, and erasing it on request. */
final class DataCommands {
    /** Not the prominent button: erasing is for those who mean it. */
    static final Action CONFIRM_FORGET = new Action("data.forget.confirm", "action.forget.confirm", false);

    private final UseCases useCases;
    private final Notifications notifications;

    DataCommands(UseCases useCases, Notifications notifications) {
        this.useCases = useCases;
        this.notifications = notifications;
    }

    Reply myData(Requester requester) {
        var result = useCases.exportPersonalData().export(requester.person());
        if (!(result instanceof ExportPersonalData.Export export)) {
            return Notice.of(Tone.INFO, "data.nothing");
        }
        var data = export.data();
        if (!data.owner() && !data.leader() && data.rounds().isEmpty()) {
            return Notice.of(Tone.INFO, "data.nothing");
        }
        List<Reply> parts = new ArrayList<>();
        List<DataLine> role = new ArrayList<>();
        if (data.owner()) {
            role.add(line("data.is.owner"));
        }
        if (data.leader()) {
            role.add(line("data.is.leader"));
        }
        role.add(line("data.rounds", data.rounds().size()));
        parts.add(new Reply.PersonalData("data.title", List.of(data.programName()), role));
        data.rounds().forEach(round -> parts.add(round(requester, round)));
        parts.add(Notice.of(Tone.INFO, "data.forget.hint"));
        notifications.privately(requester.person(), parts);
        return Notice.of(Tone.SUCCESS, "data.sent");
    }

    Reply forgetMe(Requester requester, boolean confirmed) {
        var result = useCases.forgetMe().forget(requester.person(), confirmed);
        if (result instanceof ForgetMe.AskFirst) {
            return Notice.of(Tone.PROBLEM, "data.forget.ask").withActions(CONFIRM_FORGET);
        } else if (result instanceof ForgetMe.Forgotten forgotten) {
            notifications.changed(requester.person());
            forgotten.admitted().ifPresent(person -> notifications.admitted(person, forgotten.roundNumber()));
            return Notice.of(Tone.SUCCESS, "data.forgotten");
        } else if (result instanceof ForgetMe.OwnerStays owner) {
            return Notice.of(Tone.INFO, "data.forget.owner", owner.programName());
        } else if (result instanceof ForgetMe.StillLeads leads) {
            return Notice.of(Tone.PROBLEM, "data.forget.leads",
                    String.join(", ", leads.groupNumbers().stream().map(String::valueOf).toList()));
        }
        return Notice.of(Tone.INFO, "data.nothing");
    }

    private static Reply.PersonalData round(Requester requester, ExportPersonalData.RoundData round) {
        List<DataLine> lines = new ArrayList<>();
        if (round.status() != null) {
            lines.add(line("data.joined", day(requester, round.joinedAt()), round.status() == MembershipStatus.WAITING ? 1 : 0));
        }
        if (round.roleKind() != null) {
            Messages messages = Messages.in(requester.locale());
            String roleKey = "role.name." + round.roleKind();
            lines.add(line("data.role.kind", messages.has(roleKey) ? messages.get(roleKey) : round.roleKind()));
        }
        if (round.pausedUntil() != null) {
            lines.add(line("data.paused", day(round.pausedUntil(), requester)));
        }
        if (round.groupNumber() != null) {
            lines.add(line("data.group", round.groupNumber()));
        }
        round.groupsLed().forEach(number -> lines.add(line("data.led", number)));
        for (var topic : round.topics()) {
            lines.add(line("data.topic", topic.text(), topic.anonymous() ? 1 : 0, topic.status().ordinal()));
        }
        round.votedFor().forEach(text -> lines.add(line("data.vote", text)));
        for (ShowReflections.OwnReflection reflection : round.reflections()) {
            Reflection.Kind kind = reflection.occasion().kind();
            if (kind == Reflection.Kind.SESSION) {
                lines.add(line("data.reflection.session", time(requester, reflection.sessionStartsAt()), reflection.mastery(),
                        reflection.safety()));
            } else {
                lines.add(line(kind == Reflection.Kind.BASELINE ? "data.reflection.baseline" : "data.reflection.end",
                        reflection.mastery(), reflection.safety()));
            }
            if (reflection.note() != null) {
                lines.add(line("reflections.note", reflection.note()));
            }
        }
        round.attendance().forEach(mark -> lines.add(line("data.attendance", time(requester, mark.sessionStartsAt()), mark.present() ? 1 : 0)));
        return new Reply.PersonalData("data.round.title", List.of(round.number()), lines);
    }

    private static DataLine line(String key, Object... args) {
        return new DataLine(key, List.of(args));
    }

    private static Locale locale(Requester requester) {
        return Messages.in(requester.locale()).locale();
    }

    private static String day(Requester requester, Instant instant) {
        return instant == null ? "?" : day(LocalDate.ofInstant(instant, requester.zone()), requester);
    }

    private static String day(LocalDate date, Requester requester) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale(requester)).format(date);
    }

    private static String time(Requester requester, Instant instant) {
        return instant == null ? "?" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale(requester)).withZone(requester.zone()).format(instant);
    }
}
