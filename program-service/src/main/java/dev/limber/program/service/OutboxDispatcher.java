package dev.limber.program.service;

import dev.limber.program.config.ProgramConfig;
import dev.limber.program.domain.OutboxMessage;
import dev.limber.program.repository.OutboxRepository;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.OffsetDateTime;
import org.jboss.logging.Logger;

/**
 * Delivers the alert outbox at least once: each due message is sent and marked sent in one
 * transaction holding its row lock; a failure leaves it queued with a doubling delay. A crash after
 * sending and before committing sends it again, with the same Message-ID so mail clients fold the copy.
 */
@ApplicationScoped
public class OutboxDispatcher {

    private static final Logger LOG = Logger.getLogger(OutboxDispatcher.class);
    private static final Duration MAX_DELAY = Duration.ofMinutes(15);
    private static final int BATCH = 20;

    private final OutboxRepository outbox;
    private final Mailer mailer;
    private final ProgramConfig config;

    public OutboxDispatcher(OutboxRepository outbox, Mailer mailer, ProgramConfig config) {
        this.outbox = outbox;
        this.mailer = mailer;
        this.config = config;
    }

    @Scheduled(every = "${limber.program.flags.outbox-every:5s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void run() {
        deliverDue();
    }

    /** Sends what is due; returns how many messages left. */
    @Transactional
    public int deliverDue() {
        int sent = 0;
        for (OutboxMessage m : outbox.lockDue(BATCH)) {
            try {
                mailer.send(Mail.withText(m.recipient, m.subject, m.body)
                        .addHeader("Message-ID", "<" + m.id + "@limber>"));
                m.sentAt = OffsetDateTime.now();
                m.lastError = null;
                sent++;
            } catch (RuntimeException e) {
                m.attempts++;
                Duration delay = config.flags().retryAfter().multipliedBy(1L << Math.min(m.attempts - 1, 10));
                m.nextAttemptAt = OffsetDateTime.now().plus(delay.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : delay);
                String error = e.getClass().getSimpleName() + ": " + e.getMessage();
                m.lastError = error.length() > 1000 ? error.substring(0, 1000) : error;
                LOG.warnf("Alert %s not delivered (attempt %d), retrying at %s", m.id, m.attempts, m.nextAttemptAt);
            }
        }
        return sent;
    }
}
