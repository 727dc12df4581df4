package org.mentoringbot.chat.reply;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.mentoringbot.core.topic.Vote;

/**
 * Plain-text pieces that every renderer shows the same way (a group's rationale, the lines of a
 * home view, a form's problems), so platforms differ only in layout.
 */
public final class Wording {
    private final Messages messages;

    public Wording(Messages messages) {
        this.messages = messages;
    }

    /** "5 people · 3 teachers, 2 special educators · nobody has shared a group before". */
    public String rationale(Reply.Rationale rationale) {
        List<String> roles = new ArrayList<>();
        for (Map.Entry<String, Integer> role : rationale.roleCounts().entrySet()) {
            roles.add(messages.get(roleKey(role.getKey()), role.getValue()));
        }
        String repeats = rationale.repeatedPairs() == 0 ? messages.get("rationale.no.repeats")
                : messages.get("rationale.repeats", rationale.repeatedPairs());
        String line = messages.get("rationale.size", rationale.size()) + " · " + String.join(", ", roles) + " · " + repeats;
        return rationale.neverTogetherBroken() > 0
                ? line + " · " + messages.get("rationale.never.broken", rationale.neverTogetherBroken()) : line;
    }

    private String roleKey(String role) {
        String key = "role.count." + role;
        return messages.has(key) ? key : "role.count.unknown";
    }

    /** One line per group: number, leader, members. */
    public String proposedGroup(Reply.ProposedGroup group) {
        String leader = group.leaderName() == null ? messages.get("groups.no.leader") : group.leaderName();
        return messages.get("groups.line", group.number(), leader, String.join(", ", group.memberNames()));
    }

    /** The lines of a home view, top to bottom. */
    public List<String> home(Reply.Home home) {
        List<String> lines = new ArrayList<>();
        if (home.roundStateKey() != null) {
            String round = home.roundName() == null ? messages.get("status.round", home.roundNumber(), messages.get(home.roundStateKey()))
                    : messages.get("home.round.named", home.roundNumber(), home.roundName(), messages.get(home.roundStateKey()));
            lines.add(round);
            lines.add(messages.get(home.ownStatusKey()));
        }
        if (home.pausedUntil() != null) {
            lines.add(messages.get("home.paused", home.pausedUntil()));
        }
        if (home.group() != null) {
            lines.add(messages.get("home.group", home.group().number(), home.group().leaderName(),
                    String.join(", ", home.group().memberNames())));
        }
        home.ledGroups().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(g -> lines.add(messages.get("home.leads", g.getKey(), g.getValue())));
        if (home.owner() && home.roundStateKey() != null) {
            lines.add(messages.get("status.counts", home.enrolled(), home.waiting()));
            if (home.withoutGroup() > 0) {
                lines.add(messages.get("home.without.group", home.withoutGroup()));
            }
        }
        return lines;
    }

    /** Each problem of a form as a line. */
    public String problem(Reply.FormProblem problem) {
        String text = messages.get(problem.key(), problem.args());
        return problem.groupIndex() < 0 ? text : messages.get("groups.problem.in.group", problem.groupIndex() + 1, text);
    }

    /** One of a member's own reflections: occasion and values, then the note (theirs alone) on the next line. */
    public String ownReflection(Reply.OwnReflection reflection) {
        String line = messages.get("reflections.line", messages.get(reflection.occasionKey(), reflection.occasionArgs()),
                reflection.mastery(), reflection.safety());
        return reflection.note() == null ? line : line + "\n" + messages.get("reflections.note", reflection.note());
    }

    /** A part of a person's own data: its title, then its lines. */
    public List<String> personalData(Reply.PersonalData data) {
        List<String> lines = new ArrayList<>();
        lines.add(messages.get(data.titleKey(), data.titleArgs()));
        data.lines().forEach(line -> lines.add(messages.get(line.key(), line.args())));
        return lines;
    }

    /** The lines of a round summary, title first. Every figure is already privacy-checked; this only words it. */
    public List<String> summary(Reply.RoundSummary summary) {
        List<String> lines = new ArrayList<>();
        lines.add(messages.get("summary.title", summary.roundNumber(), summary.programName()));
        lines.add(messages.get(summary.audienceKey(), summary.groupNumbers().size(), numbers(summary.groupNumbers())));
        lines.add(messages.get("summary.activity", summary.participants(), summary.groups(), summary.sessionsHeld()));
        lines.add(rate("summary.attendance", summary.attendance()));
        if (!summary.attendanceByGroup().isEmpty()) {
            lines.add(messages.get("summary.by.group", byGroup(summary.attendanceByGroup(),
                    (group, rate) -> messages.get("summary.group.rate", group, rate.share()))));
        }
        lines.add(messages.get("summary.topics", summary.topicsProposed(), summary.topicsDiscussed()));
        for (Reply.SummaryScale scale : summary.scales()) {
            String label = messages.get(scale.labelKey());
            Reply.SummaryMean after = scale.afterSessions();
            lines.add(after.mean() == null ? messages.get("summary.after.sessions.too.few", label)
                    : messages.get("summary.after.sessions", label, after.mean(), after.counted()));
            if (!scale.afterSessionsByGroup().isEmpty()) {
                lines.add(messages.get("summary.by.group", byGroup(scale.afterSessionsByGroup(),
                        (group, mean) -> messages.get("summary.group.mean", group, mean.mean()))));
            }
            Reply.SummaryChange change = scale.change();
            lines.add(!change.shown() ? messages.get("summary.change.too.few", label)
                    : messages.get("summary.change", label, change.joining(), change.end(), change.end() - change.joining(),
                            change.counted()));
            if (!scale.changeByGroup().isEmpty()) {
                lines.add(messages.get("summary.by.group", byGroup(scale.changeByGroup(),
                        (group, c) -> messages.get("summary.group.change", group, c.joining(), c.end()))));
            }
        }
        lines.add(messages.get("summary.footnote", summary.minRespondents()));
        return lines;
    }

    private String rate(String key, Reply.SummaryRate rate) {
        return rate.share() != null ? messages.get(key, rate.share())
                : messages.get(key + ".hidden", messages.get(rate.reasonKey()));
    }

    private static <V> String byGroup(Map<Integer, V> values, java.util.function.BiFunction<Integer, V, String> line) {
        return String.join(" · ", values.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> line.apply(e.getKey(), e.getValue())).toList());
    }

    private static String numbers(List<Integer> numbers) {
        return String.join(", ", numbers.stream().sorted().map(String::valueOf).toList());
    }

    /** The lines above a topic board: whose board, the next session, and what the reader can do. */
    public List<String> boardIntro(Reply.TopicBoard board) {
        List<String> lines = new ArrayList<>();
        lines.add(board.nextSession() == null ? messages.get("topics.no.session") : messages.get("topics.next.session", board.nextSession()));
        if (board.readOnly()) {
            lines.add(messages.get("topics.read.only"));
        } else if (board.votesLeft() >= 0) {
            lines.add(messages.get("topics.votes.left", board.votesLeft(), Vote.PER_MEMBER_AND_ROUND));
        }
        if (board.leader() && !board.readOnly()) {
            lines.add(messages.get("topics.leader.hint"));
        }
        if (board.topics().isEmpty()) {
            lines.add(messages.get("topics.empty"));
        }
        return lines;
    }

    /** "2. What we do about late emails". */
    public String topicLine(Reply.BoardTopic topic) {
        return messages.get("topics.line", topic.number(), topic.text());
    }

    /** "3 votes · on the agenda · proposed by Kari". The author is named only when the reply says so. */
    public String topicDetails(Reply.BoardTopic topic) {
        List<String> parts = new ArrayList<>();
        parts.add(messages.get("topics.detail.votes", topic.votes()));
        if (topic.onAgenda()) {
            parts.add(messages.get("topics.detail.agenda"));
        }
        if (topic.mine()) {
            parts.add(messages.get(topic.anonymous() ? "topics.detail.mine.anonymous" : "topics.detail.mine", topic.number()));
        } else if (topic.anonymous()) {
            parts.add(messages.get("topics.detail.anonymous"));
        } else if (topic.authorName() != null) {
            parts.add(messages.get("topics.detail.author", topic.authorName()));
        }
        return String.join(" · ", parts);
    }

    /** The line above an agenda: which session, or that there is none (yet). */
    public String agendaIntro(Reply.Agenda agenda) {
        if (agenda.sessionWhen() == null) {
            return messages.get("agenda.no.session", agenda.groupNumber(), agenda.leader() ? 1 : 0);
        }
        return agenda.entries().isEmpty()
                ? messages.get("agenda.empty", agenda.groupNumber(), agenda.sessionWhen(), agenda.leader() ? 1 : 0)
                : messages.get("agenda.title", agenda.groupNumber(), agenda.sessionWhen());
    }

    /** "3. What we do about late emails". */
    public String agendaLine(Reply.AgendaEntry entry) {
        return messages.get("topics.line", entry.number(), entry.text());
    }
}
