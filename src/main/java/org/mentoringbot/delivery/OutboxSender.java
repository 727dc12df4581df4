package org.mentoringbot.delivery;

import java.util.UUID;
import org.mentoringbot.chat.ChatAddress;
import org.mentoringbot.chat.ChatSender;
import org.mentoringbot.chat.reply.Reply;

/**
 * The {@link ChatSender} the chat layer speaks through: a notice is written to the outbox and
 * {@link OutboxDelivery} sends it, paced and retried, so a crash or a rate limit loses nothing.
 * Other reply types are not stored (none is sent proactively today) and go to the platform at once.
 */
public final class OutboxSender implements ChatSender {
    private final NoticeOutbox outbox;
    private final ChatSender platform;

    public OutboxSender(NoticeOutbox outbox, ChatSender platform) {
        this.outbox = outbox;
        this.platform = platform;
    }

    @Override
    public void send(ChatAddress address, Reply reply) {
        if (reply instanceof Reply.Notice notice) {
            // A one-off message has no natural key: each send is its own message.
            outbox.enqueue("notice:" + UUID.randomUUID(), address, notice);
        } else {
            platform.send(address, reply);
        }
    }
}
