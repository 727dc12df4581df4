package org.mentoringbot.delivery;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Keeps proactive sends within the platforms' rate limits, so that a reminder fan-out is paced
 * by us rather than refused by them. Every conversation and every workspace has token buckets
 * with its platform's limits (the platform is the workspace's prefix, {@code slack:} or
 * {@code teams:}); a send may go when all buckets of both have a token. When the platform still
 * answers "too many" with a Retry-After, the conversation waits that long, and when a second
 * conversation of the same workspace is told to wait meanwhile, the limit is evidently the
 * workspace's, and the whole workspace waits.
 *
 * <p>In memory and per process: several instances on one database each keep their own, and the
 * platforms' Retry-After covers what they add up to.
 */
public final class SendPacer {
    /**
     * One token bucket's shape: {@code count} sends per {@code period} on average, and up to
     * {@code burst} at once after a quiet spell.
     */
    public record Rate(int count, Duration period, int burst) {
        public Rate {
            if (burst < 1 || count < 1 || period.isZero() || period.isNegative()) {
                throw new IllegalArgumentException("a rate needs count >= 1, a positive period and burst >= 1");
            }
        }

        public static Rate perSecond(int count, int burst) {
            return new Rate(count, Duration.ofSeconds(1), burst);
        }

        double tokensPerNano() {
            return count / (double) period.toNanos();
        }
    }

    /** A platform's limits: every rate applies at once (Teams has one per second and one per 30 seconds). */
    public record Limits(List<Rate> perConversation, List<Rate> perWorkspace) {
        public Limits {
            perConversation = List.copyOf(perConversation);
            perWorkspace = List.copyOf(perWorkspace);
        }
    }

    /**
     * Slack: about one message per second per channel with short bursts tolerated
     * (chat.postMessage's documented limit), and a workspace-wide limit Slack does not publish;
     * five a second is our cautious guess, and 429s correct it.
     */
    public static final Limits SLACK = new Limits(List.of(Rate.perSecond(1, 2)), List.of(Rate.perSecond(5, 10)));

    /** Teams: 7 per second and 60 per 30 seconds per conversation, 50 per second per tenant. */
    public static final Limits TEAMS = new Limits(
            List.of(Rate.perSecond(7, 7), new Rate(60, Duration.ofSeconds(30), 60)),
            List.of(Rate.perSecond(50, 50)));

    private final Clock clock;
    private final Map<String, Limits> byPlatform;
    private final Map<String, Scope> workspaces = new HashMap<>();
    private final Map<Conversation, Scope> conversations = new HashMap<>();

    private record Conversation(String workspace, String id) {}

    public SendPacer(Clock clock) {
        this(clock, Map.of("slack", SLACK, "teams", TEAMS));
    }

    /** @param byPlatform limits by workspace prefix; workspaces of other platforms get Slack's, the strictest */
    public SendPacer(Clock clock, Map<String, Limits> byPlatform) {
        this.clock = Objects.requireNonNull(clock);
        this.byPlatform = Map.copyOf(byPlatform);
    }

    /** Takes one send from the conversation's and the workspace's budgets, or from neither. */
    public synchronized boolean tryAcquire(String workspace, String conversation) {
        long now = nanos();
        Scope ws = workspaces.computeIfAbsent(workspace, w -> new Scope(limits(w).perWorkspace(), now));
        Scope conv = conversations.computeIfAbsent(new Conversation(workspace, conversation),
                c -> new Scope(limits(workspace).perConversation(), now));
        if (!ws.canSend(now) || !conv.canSend(now)) {
            return false;
        }
        ws.take();
        conv.take();
        return true;
    }

    /** Returns a send taken by {@link #tryAcquire} that was not made after all. */
    public synchronized void giveBack(String workspace, String conversation) {
        Scope ws = workspaces.get(workspace);
        Scope conv = conversations.get(new Conversation(workspace, conversation));
        if (ws != null) {
            ws.giveBack();
        }
        if (conv != null) {
            conv.giveBack();
        }
    }

    /** The platform said "too many, wait {@code retryAfter}" for a send to this conversation. */
    public synchronized void rateLimited(String workspace, String conversation, Duration retryAfter) {
        long now = nanos();
        long until = now + Math.max(0, retryAfter.toNanos());
        Conversation key = new Conversation(workspace, conversation);
        boolean anotherWaiting = false;
        for (Map.Entry<Conversation, Scope> entry : conversations.entrySet()) {
            if (!entry.getKey().equals(key) && entry.getKey().workspace().equals(workspace) && entry.getValue().paused(now)) {
                anotherWaiting = true;
                break;
            }
        }
        conversations.computeIfAbsent(key, c -> new Scope(limits(workspace).perConversation(), now)).pauseUntil(until);
        if (anotherWaiting) {
            workspaces.computeIfAbsent(workspace, w -> new Scope(limits(w).perWorkspace(), now)).pauseUntil(until);
        }
    }

    /** Workspaces nothing may be sent to right now. Also forgets idle ones, which keeps memory bounded. */
    public synchronized Set<String> blockedWorkspaces() {
        long now = nanos();
        Set<String> blocked = new HashSet<>();
        for (Iterator<Map.Entry<String, Scope>> it = workspaces.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<String, Scope> entry = it.next();
            if (!entry.getValue().canSend(now)) {
                blocked.add(entry.getKey());
            } else if (entry.getValue().idle(now)) {
                it.remove();
            }
        }
        return blocked;
    }

    /**
     * Conversations nothing may be sent to right now, by platform id alone; forgets idle ones. The
     * same id in two workspaces (unlikely) is then held back in both, which only delays it.
     */
    public synchronized Set<String> blockedConversations() {
        long now = nanos();
        Set<String> blocked = new HashSet<>();
        for (Iterator<Map.Entry<Conversation, Scope>> it = conversations.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<Conversation, Scope> entry = it.next();
            if (!entry.getValue().canSend(now)) {
                blocked.add(entry.getKey().id());
            } else if (entry.getValue().idle(now)) {
                it.remove();
            }
        }
        return blocked;
    }

    /**
     * How long until something now held back may be sent: the soonest a waiting conversation (and
     * its workspace) or a waiting workspace has budget again. Empty when nothing is held back.
     */
    public synchronized Optional<Duration> untilNextSend() {
        long now = nanos();
        long soonest = Long.MAX_VALUE;
        for (Map.Entry<Conversation, Scope> entry : conversations.entrySet()) {
            Scope conv = entry.getValue();
            if (!conv.canSend(now)) {
                Scope ws = workspaces.get(entry.getKey().workspace());
                long ready = Math.max(conv.nanosUntilReady(now), ws == null ? 0 : ws.nanosUntilReady(now));
                soonest = Math.min(soonest, ready);
            }
        }
        for (Scope ws : workspaces.values()) {
            if (!ws.canSend(now)) {
                soonest = Math.min(soonest, ws.nanosUntilReady(now));
            }
        }
        return soonest == Long.MAX_VALUE ? Optional.empty() : Optional.of(Duration.ofNanos(soonest));
    }

    /** How many workspaces and conversations it remembers; for tests. */
    synchronized int remembered() {
        return workspaces.size() + conversations.size();
    }

    private Limits limits(String workspace) {
        int colon = workspace.indexOf(':');
        String platform = colon < 0 ? "" : workspace.substring(0, colon);
        return byPlatform.getOrDefault(platform, SLACK);
    }

    private long nanos() {
        Instant now = clock.instant();
        return now.getEpochSecond() * 1_000_000_000L + now.getNano();
    }

    /** The buckets of one conversation or workspace, and how long it must wait. */
    private static final class Scope {
        private final List<Rate> rates;
        private final double[] tokens;
        private long refilledAt;
        private long pausedUntil = Long.MIN_VALUE;

        Scope(List<Rate> rates, long now) {
            this.rates = rates;
            this.tokens = new double[rates.size()];
            for (int i = 0; i < tokens.length; i++) {
                tokens[i] = rates.get(i).burst();
            }
            this.refilledAt = now;
        }

        private void refill(long now) {
            long elapsed = now - refilledAt;
            if (elapsed <= 0) {
                return; // a clock that stepped back refills nothing
            }
            for (int i = 0; i < tokens.length; i++) {
                Rate rate = rates.get(i);
                tokens[i] = Math.min(rate.burst(), tokens[i] + elapsed * rate.tokensPerNano());
            }
            refilledAt = now;
        }

        boolean paused(long now) {
            return now < pausedUntil;
        }

        boolean canSend(long now) {
            refill(now);
            if (paused(now)) {
                return false;
            }
            for (double t : tokens) {
                if (t < 1) {
                    return false;
                }
            }
            return true;
        }

        /** Nanoseconds until every bucket has a token and any pause is over (0 when it may send now). */
        long nanosUntilReady(long now) {
            refill(now);
            long wait = paused(now) ? pausedUntil - now : 0;
            for (int i = 0; i < tokens.length; i++) {
                if (tokens[i] < 1) {
                    wait = Math.max(wait, (long) Math.ceil((1 - tokens[i]) / rates.get(i).tokensPerNano()));
                }
            }
            return wait;
        }

        void take() {
            for (int i = 0; i < tokens.length; i++) {
                tokens[i] -= 1;
            }
        }

        void giveBack() {
            for (int i = 0; i < tokens.length; i++) {
                tokens[i] = Math.min(rates.get(i).burst(), tokens[i] + 1);
            }
        }

        void pauseUntil(long until) {
            pausedUntil = Math.max(pausedUntil, until);
        }

        /** Full buckets and no pause: the same as never having sent, so safe to forget. */
        boolean idle(long now) {
            if (paused(now)) {
                return false;
            }
            for (int i = 0; i < tokens.length; i++) {
                if (tokens[i] < rates.get(i).burst()) {
                    return false;
                }
            }
            return true;
        }
    }
}
