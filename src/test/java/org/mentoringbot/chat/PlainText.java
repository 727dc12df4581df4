package org.mentoringbot.chat;

import java.util.List;
import org.mentoringbot.chat.reply.Messages;
import org.mentoringbot.chat.reply.Reply;
import org.mentoringbot.chat.reply.Reply.Action;
import org.mentoringbot.chat.reply.Reply.Notice;
import org.mentoringbot.chat.reply.ReplyRenderer;
import org.mentoringbot.chat.reply.Wording;

/**
 * Renders every reply as plain text through the real message bundles, so a missing key or argument
 * fails the test. Tests that care about one kind of reply override its method.
 */
class PlainText implements ReplyRenderer<String> {
    protected final Messages messages;

    PlainText(Messages messages) {
        this.messages = messages;
    }

    @Override
    public String notice(Notice notice) {
        return messages.get(notice.key(), notice.args()) + labels(notice.actions());
    }

    @Override
    public String help(Reply.Help help) {
        return messages.get("help.title");
    }

    @Override
    public String status(Reply.Status status) {
        return String.join("\n",
                messages.get("status.title", status.programName(), status.ownerName()),
                messages.get("status.round", status.roundNumber(), messages.get(status.roundStateKey())),
                messages.get("status.counts", status.enrolled(), status.waiting()),
                messages.get(status.ownStatusKey())) + labels(status.actions());
    }

    @Override
    public String groupProposal(Reply.GroupProposal proposal) {
        Wording wording = new Wording(messages);
        return messages.get("groups.proposal.title", proposal.groups().size()) + proposal.groups().stream()
                .map(g -> "\n" + wording.proposedGroup(g) + " " + wording.rationale(g.rationale())).reduce("", String::concat)
                + labels(proposal.actions());
    }

    @Override
    public String groupEditor(Reply.GroupEditor editor) {
        return messages.get("groups.editor.title");
    }

    @Override
    public String formProblems(Reply.FormProblems problems) {
        Wording wording = new Wording(messages);
        return problems.problems().stream().map(wording::problem).reduce(messages.get("groups.problems.title"), (a, b) -> a + "\n" + b);
    }

    @Override
    public String home(Reply.Home home) {
        return String.join("\n", new Wording(messages).home(home)) + labels(home.actions());
    }

    @Override
    public String reflectionForm(Reply.ReflectionForm form) {
        return messages.get("reflect.form.intro", messages.get(form.occasionKey(), form.occasionArgs()));
    }

    @Override
    public String ownReflections(Reply.OwnReflections reflections) {
        Wording wording = new Wording(messages);
        return reflections.reflections().stream().map(r -> wording.ownReflection(r) + labels(List.of(r.edit())))
                .reduce(messages.get("reflections.title", reflections.roundNumber()), (a, b) -> a + "\n" + b);
    }

    @Override
    public String roundSummary(Reply.RoundSummary summary) {
        return String.join("\n", new Wording(messages).summary(summary));
    }

    @Override
    public String personalData(Reply.PersonalData data) {
        return String.join("\n", new Wording(messages).personalData(data));
    }

    @Override
    public String sessionForm(Reply.SessionForm form) {
        return messages.get("session.form.title") + " " + messages.get("session.form.time", form.zone());
    }

    @Override
    public String fieldProblems(Reply.FieldProblems problems) {
        return problems.problems().stream().map(p -> p.field() + ": " + messages.get(p.key(), p.args()))
                .reduce(messages.get("groups.problems.title"), (a, b) -> a + "\n" + b);
    }

    @Override
    public String topicBoard(Reply.TopicBoard board) {
        Wording wording = new Wording(messages);
        String notice = board.notice() == null ? "" : notice(board.notice()) + "\n";
        return notice + messages.get("topics.title", board.groupNumber()) + "\n" + String.join("\n", wording.boardIntro(board))
                + board.topics().stream().map(t -> "\n" + wording.topicLine(t) + " " + wording.topicDetails(t)
                        + (t.vote() == null ? "" : labels(List.of(t.vote())))).reduce("", String::concat);
    }

    @Override
    public String agenda(Reply.Agenda agenda) {
        Wording wording = new Wording(messages);
        String notice = agenda.notice() == null ? "" : notice(agenda.notice()) + "\n";
        return notice + wording.agendaIntro(agenda)
                + agenda.entries().stream().map(e -> "\n" + wording.agendaLine(e)).reduce("", String::concat);
    }

    protected String labels(List<Action> actions) {
        return actions.stream().map(a -> " [" + messages.get(a.labelKey(), a.labelArgs()) + "]").reduce("", String::concat);
    }
}
