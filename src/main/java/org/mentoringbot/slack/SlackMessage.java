package org.mentoringbot.slack;

import com.slack.api.model.block.LayoutBlock;
import java.util.List;

/** A rendered reply: Block Kit blocks, and plain text for notifications and screen readers. */
record SlackMessage(String text, List<LayoutBlock> blocks) {}
