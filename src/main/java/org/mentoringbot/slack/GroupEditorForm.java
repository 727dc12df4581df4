package org.mentoringbot.slack;

import com.slack.api.model.view.ViewState;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.mentoringbot.chat.command.MentoringCommand;

/** The Slack modal where a leader edits groups: its ids, and reading a submission back into a command. */
final class GroupEditorForm {
    static final String CALLBACK_ID = "groups.form";
    static final String LEADER = "leader";
    static final String MEMBERS = "members";
    /** More groups than this in one form is not a real school; it also bounds what we read. */
    static final int MAX_GROUPS = 100;

    private GroupEditorForm() {}

    static String leaderBlock(int index) {
        return "group_" + index + "_leader";
    }

    static String membersBlock(int index) {
        return "group_" + index;
    }

    /** The groups as submitted, in form order; blocks we did not make are ignored. */
    static MentoringCommand.FormGroups read(ViewState state) {
        Map<String, Map<String, ViewState.Value>> values = state == null || state.getValues() == null ? Map.of() : state.getValues();
        List<MentoringCommand.GroupDraft> drafts = new ArrayList<>();
        for (int i = 0; i < MAX_GROUPS && values.containsKey(membersBlock(i)); i++) {
            ViewState.Value members = values.get(membersBlock(i)).get(MEMBERS);
            ViewState.Value leader = values.getOrDefault(leaderBlock(i), Map.of()).get(LEADER);
            String leaderId = leader == null || leader.getSelectedOption() == null ? null : leader.getSelectedOption().getValue();
            List<String> memberIds = members == null || members.getSelectedUsers() == null ? List.of() : members.getSelectedUsers();
            drafts.add(new MentoringCommand.GroupDraft(leaderId, memberIds));
        }
        return new MentoringCommand.FormGroups(drafts);
    }
}
