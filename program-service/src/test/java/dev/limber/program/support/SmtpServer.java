package dev.limber.program.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.Map;

/** A real SMTP server for the alert outbox; tests stop and start it to play an outage of the mail server. */
public class SmtpServer implements QuarkusTestResourceLifecycleManager {

    private static int port;
    private static GreenMail mail;

    @Override
    public Map<String, String> start() {
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        up();
        return Map.of("quarkus.mailer.mock", "false", "quarkus.mailer.host", "127.0.0.1",
                "quarkus.mailer.port", String.valueOf(port), "quarkus.mailer.start-tls", "DISABLED",
                "quarkus.mailer.tls", "false");
    }

    @Override
    public void stop() {
        down();
    }

    public static synchronized void up() {
        if (mail == null) {
            mail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            mail.start();
        }
    }

    public static synchronized void down() {
        if (mail != null) {
            mail.stop();
            mail = null;
        }
    }

    /** Every message received since the server last started, as (recipient, message) pairs. */
    public static synchronized MimeMessage[] received() {
        return mail == null ? new MimeMessage[0] : mail.getReceivedMessages();
    }
}
