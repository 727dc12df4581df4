package org.mentoringbot.chat.reply;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What the bot answers, as a small view model that each platform renders its own way.
 * Every reply type is a method of {@link ReplyRenderer}, so a new type without a rendering for
 * every platform does not compile. Wording is never here: only message keys and values.
 */
public sealed interface Reply {
    <T> T accept(ReplyRenderer<T> renderer);

    /** How a notice should look. */
    enum Tone { INFO, SUCCESS, PROBLEM }

    /**
     * A button the user can press instead of typing.
     *
     * @param value extra data the button carries back (e.g. which group), or null
     */
    record Action(String id, String labelKey, boolean primary, String value, List<Object> labelArgs) {
        public Action {
            labelArgs = List.copyOf(labelArgs);
        }

        public Action(String id, String labelKey, boolean primary) {
            this(id, labelKey, primary, null, List.of());
        }
    }

    /** A short answer: one message, optionally with buttons for the obvious next step. */
    record Notice(Tone tone, String key, List<Object> args, List<Action> actions) implements Reply {
        public Notice {
            args = List.copyOf(args);
            actions = List.copyOf(actions);
        }

        public static Notice of(Tone tone, String key, Object... args) {
            return new Notice(tone, key, List.of(args), List.of());
        }

        public Notice withActions(Action... more) {
            return new Notice(tone, key, args, List.of(more));
        }

        @Override
        public <T> T accept(ReplyRenderer<T> renderer) {
            return renderer.notice(this);
        }
    }

    /** What the bot does and every command, short. */
    record Help() implements Reply {
        @Override
        public <T> T accept(ReplyRenderer<T> renderer) {
            return renderer.help(this);
        }
    }

    /**
     * The program and round at a glance.
     *
     * @param ownStatusKey message key for the asker's own place ("you are in", "you are waiting", "not joined")
     */
    record Status(String programName, String ownerName, int roundNumber, String roundStateKey,
            String ownStatusKey, long enrolled, long waiting, List<Action> actions) implements Reply {
        public Status {
            actions = List.copyOf(actions);
        }

        @Override
        public <T> T accept(ReplyRenderer<T> renderer) {
            return renderer.status(this);
        }
    }

    /**
     * Why a proposed group is as it is.
     *
     * @param roleCounts how many of each kind (teacher, special-educator, ...), most common first
     */
    record Rationale(int size, Map<String, Integer> roleCounts, int repeatedPairs, int neverTogetherBroken) {}

    /** One proposed group; {@code leaderName} is null when there is no leader to give it. */
    record ProposedGroup(int number, String leaderName, List<String> memberNames, Rationale rationale) {}

    /**
     * The bot's proposal of groups, for a leader to accept or edit.
     *
     * @param problemKeys message keys of what the proposal could not do (no leaders, ...)
     */
    record GroupProposal(List<ProposedGroup> groups, List<String> problemKeys, List<Action> actions) implements Reply {
        public GroupProposal {
            groups = List.copyOf(groups);
            problemKeys = List.copyOf(problemKeys);
            actions = List.copyOf(actions);
        }

        @Override
        public <T> T accept(ReplyRenderer<T> renderer) {
            return renderer.groupProposal(this);
        }
    }

    /** A group in the editor: its leader and members as user ids. */
    record EditableGroup(int number, String leaderUserId, List<String> memberUserIds) {}

    /** A form where a leader edits the proposed groups (a modal in Slack). */
    record GroupEditor(List<EditableGroup> groups, Map<String, String> leaderNames) implements Reply {
        public GroupEditor {
            groups = List.copyOf(groups);
            leaderNames = Map.copyOf(leaderNames);
        }

        @Override
        public <T> T accept(ReplyRenderer<T> renderer) {
            return renderer.groupEditor(this);
        }
    }

    /** A problem with one field of a form; {@code groupIndex} is -1 for the whole form. */
    record FormProblem(int groupIndex, String key, List<Object> args) {}

    /** A form that could not be saved, with what to fix next to each field. */
    record FormProblems(List<FormProblem> problems) implements Reply {
        public FormProblems {
            problems = List.copyOf(problems);
        }

        @Override
        public <T> T accept(ReplyRenderer<T> renderer) {
            return renderer.formProblems(this);
        }
    }

    /** The person's own group, as shown to its members. */
    record OwnGroup(int number, String leaderName, List<String> memberNames) {}

    /**
     * Someone's home: program, round, their group, and buttons for what they can do now.
     *
     * @param roundStateKey null when the program has no round
     * @param ownStatusKey message key for their place in the round
     * @param ledGroups "group 2 (5 people)" lines for leaders, as number to size
     */
    record Home(String programName, String ownerName, int roundNumber, String roundName, String roundStateKey,
            String ownStatusKey, LocalDate pausedUntil, OwnGroup group, Map<Integer, Integer> ledGroups,
            boolean owner, long enrolled, long waiting, long withoutGroup, List<Action> actions) implements Reply {
        public Home {
            ledGroups = Map.copyOf(ledGroups);
            actions = List.copyOf(actions);
        }

        @Override
        public <T> T accept(ReplyRenderer<T> renderer) {
            return renderer.home(this);
        }
    }

    /**
     * The private reflection form (a modal in Slack): sense of mastery and feeling safe in decisions, 1 to 5, and a
     * note only its author will ever see. Values are filled in when the member edits an earlier answer.
     *
     * @param occasion "baseline", "end" or "session:&lt;id&gt;": what the answer is for, carried back on submission
     * @param occasionKey message key naming the occasion, with {@code occasionArgs}
     * @param mastery the earlier answer or null; likewise {@code safety} and {@code note}
     */
    record ReflectionForm(String occasion, String occasionKey, List<Object> occasionArgs, Integer mastery, Integer safety,
            String note) implements Reply {
        public ReflectionForm {
            occasionArgs = List.copyOf(occasionArgs);
        }

        @Override
        public <T> T accept(ReplyRenderer<T> renderer) {
            return renderer.reflectionForm(this);
        }
    }

    /** One of the member's own reflections, note included: only ever shown to its author. */
    record OwnReflection(String occasionKey, List<Object> occasionArgs, int mastery, int safety, String note, Action edit) {
        public OwnReflection {
            occasionArgs = List.copyOf(occasionArgs);
        }
    }

    /** The member's own reflections of a round, each with a button to edit it. */
    record OwnReflections(int roundNumber, List<OwnReflection> reflections, List<Action> actions) implements Reply {
        public OwnReflections {
            reflections = List.copyOf(reflections);
            actions = List.copyOf(actions);
        }

        @Override
        public <T> T accept(ReplyRenderer<T> renderer) {
            return renderer.ownReflections(this);
        }
    }

    /** A mean on the 1 to 5 scale over {@code counted} answers; {@code mean} is null when too few answered. */
    record SummaryMean(Double mean, int counted) {}

    /** Means at joining and at the end over the same {@code counted} people; null means too few answered. */
    record SummaryChange(Double joining, Double end, int counted) {
        public boolean shown() {
            return joining != null && end != null;
        }
    }

    /** A share from 0 to 1, or null with the message key that says why it is not shown. */
    record SummaryRate(Double share, String reasonKey) {}

    /** One scale of the summary, overall and (only when every group has enough answers) per group number. */
    record SummaryScale(String labelKey, SummaryMean afterSessions, Map<Integer, SummaryMean> afterSessionsByGroup,
            SummaryChange change, Map<Integer, SummaryChange> changeByGroup) {
        public SummaryScale {
            afterSessionsByGroup = Map.copyOf(afterSessionsByGroup);
            changeByGroup = Map.copyOf(changeByGroup);
        }
    }

    /**
     * A round summary: counts and the two scales' means, each shown only where enough people answered. It holds
     * no names and no notes.
     *
     * @param audienceKey whose view it is: the owner's, a leader's (limited to {@code groupNumbers}), or a preview
     * @param minRespondents the privacy threshold, for the footnote
     */
    record RoundSummary(String programName, int roundNumber, String audienceKey, List<Integer> groupNumbers, int participants,
            int groups, int sessionsHeld, SummaryRate attendance, Map<Integer, SummaryRate> attendanceByGroup,
            int topicsProposed, int topicsDiscussed, List<SummaryScale> scales, int minRespondents) implements Reply {
        public RoundSummary {
            groupNumbers = List.copyOf(groupNumbers);
            attendanceByGroup = Map.copyOf(attendanceByGroup);
            scales = List.copyOf(scales);
        }

        @Override
        public <T> T accept(ReplyRenderer<T> renderer) {
            return renderer.roundSummary(this);
        }
    }

    /** One line of a person's own data: a message key and its values (their own notes and topics included). */
    record DataLine(String key, List<Object> args) {
        public DataLine {
            args = List.copyOf(args);
        }
    }

    /** Part of what the bot stores about a person (their role, or one round), sent to them alone. */
    record PersonalData(String titleKey, List<Object> titleArgs, List<DataLine> lines) implements Reply {
        public PersonalData {
            titleArgs = List.copyOf(titleArgs);
            lines = List.copyOf(lines);
        }

        @Override
        public <T> T accept(ReplyRenderer<T> renderer) {
            return renderer.personalData(this);
        }
    }

    /** A topic that can go on a session's agenda. */
    record AgendaTopic(long topicId, String text) {}

    /** A group in the session form, with its open topics (empty when the reader may not see them). */
    record SessionFormGroup(long groupId, int number, List<AgendaTopic> topics) {
        public SessionFormGroup {
            topics = List.copyOf(topics);
        }
    }

    /**
     * The form where a leader plans a session (a modal in Slack): group, date, start time, length,
     * place and agenda. Its fields are named by the constants here, also in {@link FieldProblems}.
     *
     * @param zone the time zone the start time is read in (the leader's own)
     */
    record SessionForm(List<SessionFormGroup> groups, String zone, int defaultMinutes) implements Reply {
        public static final String DATE = "date";
        public static final String TIME = "time";
        public static final String LENGTH = "length";
        public static final String PLACE = "place";
        public static final String TOPICS = "topics";

        public SessionForm {
            groups = List.copyOf(groups);
        }

        @Override
        public <T> T accept(ReplyRenderer<T> renderer) {
            return renderer.sessionForm(this);
        }
    }

    /** A problem with one named field of a form (see {@link SessionForm}'s field names). */
    record FieldProblem(String field, String key, List<Object> args) {
        public FieldProblem {
            args = List.copyOf(args);
        }
    }

    /** A form that could not be saved, with what to fix next to each of its fields. */
    record FieldProblems(List<FieldProblem> problems) implements Reply {
        public FieldProblems {
            problems = List.copyOf(problems);
        }

        @Override
        public <T> T accept(ReplyRenderer<T> renderer) {
            return renderer.fieldProblems(this);
        }
    }

    /**
     * One open topic on a group's board.
     *
     * @param authorName who proposed it, or null: never for an anonymous topic, not even to the leader
     * @param mine the reader proposed it (the board is shown to one person at a time)
     * @param vote the vote (or take-back) button, or null when the reader does not vote
     */
    record BoardTopic(int number, String text, int votes, boolean onAgenda, boolean anonymous, String authorName,
            boolean mine, Action vote) {}

    /**
     * A group's topic board, shown to one of its members or its leader.
     *
     * @param votesLeft the reader's votes left this round, or -1 when they do not vote (a leader outside the group)
     * @param leader the reader leads the group (and picks the agenda)
     * @param nextSession when the next session is, formatted for the reader, or null when none is scheduled
     * @param readOnly the round is over: no votes, no changes
     * @param notice what just happened (a vote counted, a topic withdrawn), or null
     */
    record TopicBoard(int groupNumber, List<BoardTopic> topics, int votesLeft, boolean leader, String nextSession,
            boolean readOnly, Notice notice) implements Reply {
        public TopicBoard {
            topics = List.copyOf(topics);
        }

        @Override
        public <T> T accept(ReplyRenderer<T> renderer) {
            return renderer.topicBoard(this);
        }
    }

    /** A topic on an agenda: its number on the board and its text, never its author. */
    record AgendaEntry(int number, String text) {}

    /**
     * The agenda of a group's next session.
     *
     * @param sessionWhen when the session is, formatted for the reader, or null when none is scheduled
     * @param leader the reader leads the group (and may change the agenda)
     * @param notice what just happened (the agenda was set), or null
     */
    record Agenda(int groupNumber, String sessionWhen, List<AgendaEntry> entries, boolean leader, Notice notice) implements Reply {
        public Agenda {
            entries = List.copyOf(entries);
        }

        @Override
        public <T> T accept(ReplyRenderer<T> renderer) {
            return renderer.agenda(this);
        }
    }
}
