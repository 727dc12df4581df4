package org.mentoringbot.slack;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.view.View;
import java.util.List;

/**
 * A rendered reply: Block Kit blocks, and plain text for notifications and screen readers.
 * A form (the group editor) comes as a modal to open instead.
 */
record SlackMessage(String text, List<LayoutBlock> blocks, View modal) {
    SlackMessage(String text, List<LayoutBlock> blocks) {
        this(text, blocks, null);
    }
}
