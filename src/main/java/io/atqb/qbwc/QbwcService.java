package io.atqb.qbwc;

import io.atqb.operations.OperationsRecorder;
import io.atqb.system.LogText;
import io.atqb.system.SignInThrottle;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * The QuickBooks Web Connector protocol as the SOAP adapter sees it: one method per operation, handed to
 * the part that owns its rule (the session lifecycle, the outbox of request message sets, the inbox of
 * responses). Every call runs in one database transaction and answers from the database alone, so a
 * restart between two calls loses nothing and no call waits on Autotask.
 */
@Service
public class QbwcService {

    private static final Logger LOG = LoggerFactory.getLogger(QbwcService.class);
    /** Sign-ins of QBWC, as the sign-in throttle logs them. */
    static final String CHANNEL = "QBWC";
    static final String NVU = "nvu";

    private final QbwcSessions sessions;
    private final QbwcOutbox outbox;
    private final QbwcInbox inbox;
    private final OperationsRecorder operations;
    private final SignInThrottle throttle;
    private final Tickets tickets;

    QbwcService(QbwcSessions sessions, QbwcOutbox outbox, QbwcInbox inbox, OperationsRecorder operations,
                SignInThrottle throttle, Tickets tickets) {
        this.sessions = sessions;
        this.outbox = outbox;
        this.inbox = inbox;
        this.operations = operations;
        this.throttle = throttle;
        this.tickets = tickets;
    }

    public String serverVersion() {
        String version = QbwcService.class.getPackage().getImplementationVersion();
        return "atqb-sync " + (version == null ? "dev" : version);
    }

    /** Any QBWC 2.x may proceed; an empty answer means "go on". */
    public String clientVersion(String version) {
        LOG.info("QBWC {} connected", LogText.of(version, 40));
        return "";
    }

    /**
     * The four strings of authenticate: ticket; nvu / none / busy / the company file; postpone seconds; "". While
     * the user or the client {@code address} is locked out for wrong passwords, nvu at once (the password is not
     * checked); every wrong password is counted (and logged) by the sign-in throttle.
     */
    public List<String> authenticate(String username, String password, String address) {
        List<String> answer = answerAuthenticate(username, password, address);
        operations.qbwcAuthenticated(answer);
        return answer;
    }

    private List<String> answerAuthenticate(String username, String password, String address) {
        if (throttle.lockout(CHANNEL, username, address).isPresent()) {
            return List.of(tickets.next(), NVU, "", "");
        }
        List<String> answer = sessions.authenticate(username, password);
        if (NVU.equals(answer.get(1))) {
            throttle.failed(CHANNEL, username, address);
        } else {
            throttle.succeeded(username, address);
        }
        return answer;
    }

    /** The next qbXML message set, or "" with the reason (or "NoOp") waiting in getLastError. */
    public String sendRequestXML(String ticket, String hcpResponse, String companyFile, String country,
                                 int major, int minor) {
        String xml = outbox.sendRequestXML(ticket, hcpResponse, companyFile, country, major, minor);
        operations.qbwcRequestSent(xml);
        return xml;
    }

    /** 0-99 more to do, 100 done, negative: the session must end (getLastError explains). */
    public int receiveResponseXML(String ticket, String response, String hresult, String message) {
        operations.qbwcResponseReceived(response);
        return inbox.receiveResponseXML(ticket, response, hresult, message);
    }

    /** QBWC could not open the company file; end the session. */
    public String connectionError(String ticket, String hresult, String message) {
        return sessions.connectionError(ticket, hresult, message);
    }

    public String getLastError(String ticket) {
        return sessions.getLastError(ticket);
    }

    /** Ends the session and answers a one-line summary of what it did. */
    public String closeConnection(String ticket) {
        return sessions.closeConnection(ticket);
    }

    public String interactiveURL() {
        return "";
    }

    public String interactiveDone() {
        return "Done";
    }

    public String interactiveRejected(String reason) {
        return "Interactive mode is not used by atqb-sync";
    }

    /** Ends sessions whose ticket expired (called by the qbwc-session-expiry route); answers how many. */
    public int expireSessions() {
        return sessions.expireSessions();
    }
}
