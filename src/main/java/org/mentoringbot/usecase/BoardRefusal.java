package org.mentoringbot.usecase;

import java.util.List;

/**
 * Why someone gets no group board: the topic use cases answer with one of these when the asker is
 * not (or not in the right way) in a group. None of them says anything about a group's topics.
 */
public sealed interface BoardRefusal {
    record NoProgram() implements BoardRefusal {}

    /** The asker is not in the current round. */
    record NotInRound() implements BoardRefusal {}

    /** In the round, but not placed in a group yet. */
    record NoGroupYet() implements BoardRefusal {}

    /** The owner (or a workspace admin) outside every group: topics are for each group alone. */
    record OnlyTheGroup() implements BoardRefusal {}

    /** Asked for a group they neither sit in nor lead; said the same whether or not it exists. */
    record NotYourGroup(int groupNumber) implements BoardRefusal {}

    /** A leader of several groups must say which one. */
    record ChooseGroup(List<Integer> groupNumbers) implements BoardRefusal {
        public ChooseGroup {
            groupNumbers = List.copyOf(groupNumbers);
        }
    }

    /** A leader who does not sit in the group: members propose and vote, the leader picks the agenda. */
    record LeaderNotMember() implements BoardRefusal {}

    /** The round is being evaluated or closed: boards can be read but not changed. */
    record RoundOver(int roundNumber) implements BoardRefusal {}
}
