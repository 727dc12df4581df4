package org.mentoringbot.delivery;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.mentoringbot.chat.ChatAddress;
import org.mentoringbot.chat.ChatSender;
import org.mentoringbot.chat.ChatSender.DeliveryFailed;
import org.mentoringbot.chat.reply.Reply;
import org.mentoringbot.core.outbox.Outbox;
import org.mentoringbot.core.outbox.OutboxMessage;
import org.mentoringbot.core.outbox.OutboxStatus;
import org.mentoringbot.usecase.Transactions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends what is due in the outbox through the {@link ChatSender}, paced by a {@link SendPacer},
 * retrying what failed for a while.
 *
 * <p>Each message is sent like this: (1) lease it in its own transaction (a "sending" claim valid
 * for {@link #LEASE}), (2) send, (3) record the outcome in another transaction. Nobody sends a
 * message leased to someone else, so two workers (two instances on PostgreSQL) never send the
 * same message at once. A message is marked sent only after the send returned. If the process
 * dies between (2) and (3), the lease runs out and the message is sent again: the one message
 * that was in flight may then arrive twice. One worker has at most one message in flight, so a
 * crash duplicates at most one message per worker, and never loses one. The re-send is logged
 * with its idempotency key and counted ({@link #inDoubtResends()}). Exactly once would need the
 * platform to deduplicate, which chat.postMessage does not.
 */
public final class OutboxDelivery implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(OutboxDelivery.class);
    /** Longer than a send can take (Slack calls time out after 20 s; a DM may need two calls). */
    static final Duration LEASE = Duration.ofMinutes(2);
    static final Duration POLL_INTERVAL = Duration.ofMillis(250);
    /** The shortest pause between passes, so a throttled backlog never spins on the database. */
    private static final Duration MIN_WAIT = Duration.ofMillis(5);
    private static final int BATCH = 100;

    /** How much is waiting and how much was given up on; numbers only, no content. */
    public record Backlog(long pending, long failed) {}

    private final Outbox outbox;
    private final Transactions transactions;
    private final ChatSender sender;
    private final SendPacer pacer;
    private final Clock clock;
    private final RetryPolicy retries;
    private final Duration lease;
    private final AtomicLong inDoubt = new AtomicLong();
    private volatile boolean stopping;
    private volatile ScheduledExecutorService worker;

    public OutboxDelivery(Outbox outbox, Transactions transactions, ChatSender sender, SendPacer pacer, Clock clock) {
        this(outbox, transactions, sender, pacer, clock, RetryPolicy.standard(), LEASE);
    }

    OutboxDelivery(Outbox outbox, Transactions transactions, ChatSender sender, SendPacer pacer, Clock clock,
            RetryPolicy retries, Duration lease) {
        this.outbox = outbox;
        this.transactions = transactions;
        this.sender = sender;
        this.pacer = pacer;
        this.clock = clock;
        this.retries = retries;
        this.lease = lease;
    }

    /**
     * Starts delivering on one background thread: it looks for due messages every 250 ms, and
     * sooner when messages are only held back by the pacer, as soon as its budget allows.
     */
    public synchronized void start() {
        if (worker != null || stopping) {
            throw new IllegalStateException(stopping ? "closed" : "already started");
        }
        ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1, runnable -> {
            Thread thread = new Thread(runnable, "outbox-delivery");
            thread.setDaemon(true);
            return thread;
        });
        executor.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        worker = executor;
        worker.execute(this::pass);
    }

    private void pass() {
        try {
            deliverDue();
        } catch (Throwable e) {
            LOG.error("outbox delivery pass failed; trying again shortly", e);
        }
        if (stopping) {
            return;
        }
        long delay = pacer.untilNextSend()
                .map(wait -> Math.max(MIN_WAIT.toMillis(), Math.min(POLL_INTERVAL.toMillis(), wait.toMillis() + 1)))
                .orElse(POLL_INTERVAL.toMillis());
        try {
            worker.schedule(this::pass, delay, TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            // closed meanwhile
        }
    }

    /**
     * Sends everything that may go now: due, not leased, and within the pacer's budget. Messages
     * for a conversation that must wait are left for a later pass while the others go.
     *
     * @return how many messages the platform accepted
     */
    public int deliverDue() {
        int delivered = 0;
        while (!stopping) {
            List<OutboxMessage> candidates = transactions.inTransaction(() ->
                    outbox.due(clock.instant(), pacer.blockedWorkspaces(), pacer.blockedConversations(), BATCH));
            boolean tried = false;
            for (OutboxMessage candidate : candidates) {
                if (stopping) {
                    break;
                }
                if (!pacer.tryAcquire(candidate.workspace(), candidate.conversation())) {
                    continue; // this conversation or workspace is out of budget: on to the next one
                }
                String token = UUID.randomUUID().toString();
                Optional<OutboxMessage> claimed = claim(candidate.id(), token);
                if (claimed.isEmpty()) {
                    pacer.giveBack(candidate.workspace(), candidate.conversation());
                    continue;
                }
                tried = true;
                if (deliver(claimed.get(), token)) {
                    delivered++;
                }
            }
            if (!tried) {
                break; // nothing more may go now; the next pass looks again
            }
        }
        return delivered;
    }

    private Optional<OutboxMessage> claim(long id, String token) {
        try {
            return transactions.inTransaction(() -> outbox.find(id).filter(m -> m.claim(token, clock.instant(), lease)));
        } catch (RuntimeException e) {
            // Another sender changed it first (optimistic lock), or the database is busy: not ours this time.
            LOG.debug("could not lease outbox message {}: {}", id, e.toString());
            return Optional.empty();
        }
    }

    private boolean deliver(OutboxMessage message, String token) {
        if (message.previousSendInDoubt()) {
            inDoubt.incrementAndGet();
            LOG.warn("outbox message {} ({}) is sent again after a sender stopped mid-send; if that send went through, "
                    + "it arrives twice", message.id(), message.idempotencyKey());
        }
        ChatAddress address = new ChatAddress(message.workspace(), message.conversation());
        Reply.Notice notice;
        try {
            notice = NoticeCodec.decode(message.message());
        } catch (IllegalArgumentException e) {
            LOG.error("outbox message {} ({}) cannot be read: {}", message.id(), message.idempotencyKey(), e.getMessage());
            record(message, token, Optional.empty(), "outbox:unreadable");
            return false;
        }
        try {
            sender.send(address, notice);
        } catch (DeliveryFailed e) {
            if (e.retryAfterMillis() > 0) {
                pacer.rateLimited(address.workspace(), address.conversation(), Duration.ofMillis(e.retryAfterMillis()));
            }
            Optional<Instant> next = e.retryable()
                    ? retries.nextAttempt(message.attempts(), e.retryAfterMillis(), message.dueAt(), clock.instant())
                    : Optional.empty();
            record(message, token, next, e.getMessage());
            return false;
        } catch (RuntimeException e) {
            // A bug on our side (a renderer, a missing message key): trying again would not help.
            LOG.error("sending outbox message {} ({}) failed unexpectedly", message.id(), message.idempotencyKey(), e);
            record(message, token, Optional.empty(), "internal:" + e.getClass().getSimpleName());
            return false;
        }
        try {
            transactions.inTransaction(() -> {
                outbox.find(message.id()).ifPresent(m -> m.sent(clock.instant()));
                return null;
            });
        } catch (RuntimeException e) {
            LOG.error("outbox message {} ({}) was sent but could not be marked sent; it will be sent again when its lease "
                    + "runs out", message.id(), message.idempotencyKey(), e);
        }
        return true;
    }

    /** Stores a failed attempt's outcome: try again at {@code next}, or (empty) give up. */
    private void record(OutboxMessage message, String token, Optional<Instant> next, String errorCode) {
        try {
            boolean recorded = transactions.inTransaction(() -> outbox.find(message.id())
                    .map(m -> next.isPresent() ? m.retryAt(token, next.get(), errorCode) : m.fail(token, errorCode))
                    .orElse(false));
            if (recorded && next.isEmpty()) {
                LOG.warn("gave up on outbox message {} ({}) after {} attempt(s): {}", message.id(), message.idempotencyKey(),
                        message.attempts(), errorCode);
            } else if (recorded) {
                LOG.info("outbox message {} ({}) failed with {}; next try at {}", message.id(), message.idempotencyKey(),
                        errorCode, next.get());
            }
        } catch (RuntimeException e) {
            LOG.error("could not record the failure of outbox message {}; it is tried again when its lease runs out", message.id(), e);
        }
    }

    /** Pending (waiting or to be retried) and failed messages, for /health and the program's owner. */
    public Backlog backlog() {
        return transactions.inTransaction(() -> new Backlog(outbox.count(OutboxStatus.PENDING), outbox.count(OutboxStatus.FAILED)));
    }

    /** Messages this worker sent again after another sender's lease ran out mid-send: possible duplicates. */
    public long inDoubtResends() {
        return inDoubt.get();
    }

    /** Stops after the send in flight, if any; messages not yet sent stay in the outbox. */
    @Override
    public void close() {
        stopping = true;
        ScheduledExecutorService running;
        synchronized (this) {
            running = worker;
        }
        if (running == null) {
            return;
        }
        running.shutdown();
        try {
            if (!running.awaitTermination(30, TimeUnit.SECONDS)) {
                LOG.warn("outbox delivery did not stop within 30 s; interrupting it");
                running.shutdownNow();
            }
        } catch (InterruptedException e) {
            running.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
