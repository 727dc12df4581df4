package org.mentoringbot.chat.reply;

/** Renders every kind of {@link Reply} for one platform. */
public interface ReplyRenderer<T> {
    T notice(Reply.Notice notice);

    T help(Reply.Help help);

    T status(Reply.Status status);

    T groupProposal(Reply.GroupProposal proposal);

    T groupEditor(Reply.GroupEditor editor);

    T formProblems(Reply.FormProblems problems);

    T home(Reply.Home home);

    T reflectionForm(Reply.ReflectionForm form);

    T ownReflections(Reply.OwnReflections reflections);

    T roundSummary(Reply.RoundSummary summary);

    T personalData(Reply.PersonalData data);

    T topicBoard(Reply.TopicBoard board);

    T agenda(Reply.Agenda agenda);
    T sessionForm(Reply.SessionForm form);

    T fieldProblems(Reply.FieldProblems problems);
}
