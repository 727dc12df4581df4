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
