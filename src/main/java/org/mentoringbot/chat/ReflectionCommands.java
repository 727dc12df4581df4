package org.mentoringbot.chat;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import org.mentoringbot.chat.command.MentoringCommand;
import org.mentoringbot.chat.reply.Messages;
import org.mentoringbot.chat.reply.Reply;
import org.mentoringbot.chat.reply.Reply.Action;
import org.mentoringbot.chat.reply.Reply.Notice;
import org.mentoringbot.chat.reply.Reply.Tone;
import org.mentoringbot.core.reflection.Reflection;
import org.mentoringbot.usecase.RecordReflection;
import org.mentoringbot.usecase.ReflectionOccasion;
import org.mentoringbot.usecase.ReflectionProblem;
import org.mentoringbot.usecase.ShowReflections;

/**
 * A member's private reflections: the form, saving an answer (or editing it), and their own list. What a member
 * writes here is answered to them alone; nothing of it goes anywhere else.
 */
final class ReflectionCommands {
    static final String OPEN = "reflect.open";
    /** On the welcome after joining: the baseline, while the round starts. */
    static final Action BASELINE = new Action(OPEN, "action.reflect.baseline", true, "baseline", List.of());
    /** On the invitation when the round closes. */
    static final Action END = new Action(OPEN, "action.reflect.end", true, "end", List.of());
    static final Action LIST = new Action("reflect.list", "action.reflect.list", false);

    private final UseCases useCases;

    ReflectionCommands(UseCases useCases) {
        this.useCases = useCases;
    }

    /** The button that opens the form after a given session (for the group's channel when a session ends). */
    static Action afterSession(long sessionId) {
        return new Action(OPEN, "action.reflect.session", true, token(ReflectionOccasion.session(sessionId)), List.of());
    }

    Reply open(Requester requester, ReflectionOccasion occasion) {
        var result = useCases.showReflections().draft(requester.person(), occasion);
        if (result instanceof ShowReflections.Draft draft) {
            var earlier = draft.earlier();
            return new Reply.ReflectionForm(token(draft.occasion()), occasionKey(draft.occasion()),
                    occasionArgs(requester, draft.roundNumber(), draft.sessionStartsAt()),
                    earlier.map(ShowReflections.OwnReflection::mastery).orElse(null),
                    earlier.map(ShowReflections.OwnReflection::safety).orElse(null),
                    earlier.map(ShowReflections.OwnReflection::note).orElse(null));
        } else if (result instanceof ShowReflections.Refused refused) {
            return problem(refused.problem());
        }
        return Notice.of(Tone.INFO, "no.program");
    }

    Reply reflect(Requester requester, MentoringCommand.Reflect command) {
        var result = useCases.recordReflection().record(requester.person(), command.occasion(), command.mastery(),
                command.safety(), command.note());
        if (result instanceof RecordReflection.Recorded recorded) {
            String key = "reflect.saved." + kindWord(recorded.occasion().kind());
            return Notice.of(Tone.SUCCESS, key, occasionArgs(requester, recorded.roundNumber(), recorded.sessionStartsAt()).get(0),
                    recorded.edited() ? 1 : 0).withActions(LIST);
        }
        return problem(((RecordReflection.Refused) result).problem());
    }

    Reply list(Requester requester) {
        var result = useCases.showReflections().own(requester.person());
        if (!(result instanceof ShowReflections.Own own)) {
            return Notice.of(Tone.INFO, "no.program");
        }
        if (own.reflections().isEmpty()) {
            return Notice.of(Tone.INFO, "reflections.none", own.roundNumber())
                    .withActions(new Action(OPEN, "action.reflect.now", true, "due", List.of()));
        }
        return new Reply.OwnReflections(own.roundNumber(), own.reflections().stream()
                .map(r -> new Reply.OwnReflection(occasionKey(r.occasion()), occasionArgs(requester, own.roundNumber(), r.sessionStartsAt()),
                        r.mastery(), r.safety(), r.note(), new Action(OPEN, "action.reflect.edit", false, token(r.occasion()), List.of())))
                .toList(), List.of());
    }

    static Notice problem(ReflectionProblem problem) {
        return switch (problem) {
            case NO_PROGRAM -> Notice.of(Tone.INFO, "no.program");
            case NOT_IN_ROUND -> Notice.of(Tone.INFO, "reflect.not.in.round");
            case ROUND_OVER -> Notice.of(Tone.INFO, "reflect.round.over");
            case BASELINE_PASSED -> Notice.of(Tone.PROBLEM, "reflect.baseline.passed");
            case END_NOT_YET -> Notice.of(Tone.PROBLEM, "reflect.end.not.yet");
            case NO_SUCH_SESSION -> Notice.of(Tone.PROBLEM, "reflect.no.such.session");
            case SESSION_NOT_OVER -> Notice.of(Tone.PROBLEM, "reflect.session.not.over");
            case SCALE_OUT_OF_RANGE -> Notice.of(Tone.PROBLEM, "reflect.scale.range", Reflection.MIN_SCALE, Reflection.MAX_SCALE);
            case NOTE_TOO_LONG -> Notice.of(Tone.PROBLEM, "reflect.note.too.long", Reflection.MAX_NOTE_LENGTH);
        };
    }

    /** How a button and a form carry an occasion: "baseline", "end", "session:12". */
    static String token(ReflectionOccasion occasion) {
        return occasion.dueNow() ? "due" : Reflection.occasionOf(occasion.kind(), occasion.sessionId());
    }

    private static String occasionKey(ReflectionOccasion occasion) {
        return "reflect.occasion." + kindWord(occasion.kind());
    }

    private static String kindWord(Reflection.Kind kind) {
        return switch (kind) {
            case BASELINE -> "baseline";
            case END_OF_ROUND -> "end";
            case SESSION -> "session";
        };
    }

    /** The round number, or for a session when it began, in the requester's zone and language. */
    private static List<Object> occasionArgs(Requester requester, int roundNumber, Instant sessionStartsAt) {
        if (sessionStartsAt == null) {
            return List.of(roundNumber);
        }
        Locale locale = Messages.in(requester.locale()).locale();
        return List.of(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale).withZone(requester.zone()).format(sessionStartsAt));
    }
}
