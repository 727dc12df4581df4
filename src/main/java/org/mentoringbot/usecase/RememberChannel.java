package org.mentoringbot.usecase;

import org.mentoringbot.core.group.Groups;
import org.mentoringbot.core.program.Programs;

/** Records the private channels the platform made for a group or for the leaders' circle. */
public final class RememberChannel {
    private final Programs programs;
    private final Groups groups;
    private final Transactions transactions;

    public RememberChannel(Programs programs, Groups groups, Transactions transactions) {
        this.programs = programs;
        this.groups = groups;
        this.transactions = transactions;
    }

    public void forGroup(long groupId, String channelId) {
        transactions.inTransaction(() -> {
            groups.byId(groupId).ifPresent(g -> g.placeIn(channelId));
            return null;
        });
    }

    /** The leaders' circle of the workspace's program, or null while it has none. */
    public String leadersCircleOf(String workspace) {
        return transactions.inTransaction(() -> programs.inWorkspace(workspace).map(p -> p.leadersChannelId()).orElse(null));
    }

    public void forLeaders(String workspace, String channelId) {
        transactions.inTransaction(() -> {
            programs.inWorkspace(workspace).ifPresent(p -> p.gatherLeadersIn(channelId));
            return null;
        });
    }
}
