package org.mentoringbot.delivery;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import org.mentoringbot.chat.ChatAddress;
import org.mentoringbot.chat.reply.Reply;
import org.mentoringbot.core.outbox.Outbox;
import org.mentoringbot.core.outbox.OutboxMessage;
import org.mentoringbot.usecase.Transactions;

/**
 * Where proactive notices are written; {@link OutboxDelivery} sends them. Writing joins the
 * caller's transaction when there is one, so a job's own changes and its messages are stored
 * together.
 */
public final class NoticeOutbox {
    private final Outbox outbox;
    private final Transactions transactions;
    private final Clock clock;

    public NoticeOutbox(Outbox outbox, Transactions transactions, Clock clock) {
        this.outbox = outbox;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Queues a notice to go out now; see {@link #enqueue(String, ChatAddress, Reply.Notice, Instant)}. */
    public boolean enqueue(String idempotencyKey, ChatAddress to, Reply.Notice notice) {
        return enqueue(idempotencyKey, to, notice, clock.instant());
    }

    /**
     * Queues a notice to go out at {@code notBefore} or soon after.
     *
     * @param idempotencyKey names the message for good, e.g. {@code reminder:<sessionId>:<kind>:<recipient>}:
     *     a second enqueue with the same key (a job that ran twice) is ignored, even long after the first was sent
     * @return true when queued, false when the key was already used
     * @throws IllegalArgumentException for arguments other than strings and numbers, or a key longer than
     *     {@value OutboxMessage#MAX_KEY_LENGTH} characters
     */
    public boolean enqueue(String idempotencyKey, ChatAddress to, Reply.Notice notice, Instant notBefore) {
        Objects.requireNonNull(to, "to");
        String message = NoticeCodec.encode(notice);
        return transactions.inTransaction(() -> outbox.enqueue(
                new OutboxMessage(idempotencyKey, to.workspace(), to.conversation(), message, notBefore, clock.instant())));
    }
}
