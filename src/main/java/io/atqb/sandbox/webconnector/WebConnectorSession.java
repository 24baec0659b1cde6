package io.atqb.sandbox.webconnector;

import io.atqb.sandbox.quickbooks.QbxmlParseFailure;
import io.atqb.sandbox.quickbooks.SandboxCompanyFile;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One "Update Selected" of QBWC 2.3: serverVersion, clientVersion, authenticate, connecting to the company file
 * (connectionError when the server names another file), then the sendRequestXML / receiveResponseXML loop with
 * getLastError, NoOp pauses and closeConnection. Every loop is bounded.
 */
final class WebConnectorSession {

    private static final Logger LOG = LoggerFactory.getLogger(WebConnectorSession.class);

    static final String COULD_NOT_START_HRESULT = "0x80040408";
    static final String COULD_NOT_START_MESSAGE = "Could not start QuickBooks.";

    private final WebConnectorSettings settings;
    private final QbwcSoapClient client;
    private final SessionLog log = new SessionLog();
    private String ticket;

    WebConnectorSession(WebConnectorSettings settings, QbwcSoapClient client) {
        this.settings = settings;
        this.client = client;
    }

    /** What QuickBooks hands back for one request message set: a response, or an HRESULT and message. */
    private record QuickBooksAnswer(String response, String hresult, String message) {
    }

    SessionResult run() {
        Optional<String> authenticated = logIn();
        while (authenticated.filter("busy"::equals).isPresent()) {
            Optional<Duration> postpone = postponeOf(log.authenticateStrings());
            if (postpone.isEmpty() || log.postponesWaited() >= settings.maxBusyRetries()) {
                return finish(StopReason.BUSY);
            }
            settings.postponeWait().await(postpone.get());
            log.postponed(postpone.get());
            authenticated = logIn();
        }
        if (authenticated.isEmpty()) {
            return finish(StopReason.CLIENT_VERSION_REJECTED);
        }
        String answer = authenticated.get();
        switch (answer) {
            case "nvu":
                return finish(StopReason.INVALID_USER);
            case "none":
                close();
                return finish(StopReason.NO_WORK);
            default:
                break;
        }
        if (!connectToCompanyFile(answer)) {
            return finish(StopReason.CONNECTION_ERROR);
        }
        try {
            return exchangeMessages();
        } finally {
            settings.company().endSession();
        }
    }

    /**
     * serverVersion, clientVersion and authenticate, as QBWC starts every update; answers authenticate's
     * second string, or empty when clientVersion refused the update.
     */
    private Optional<String> logIn() {
        log.serverVersion(client.serverVersion());
        String clientVersionAnswer = client.clientVersion(settings.clientVersion());
        log.clientVersionAnswer(clientVersionAnswer);
        if (clientVersionAnswer != null
                && (clientVersionAnswer.startsWith("E:") || clientVersionAnswer.startsWith("O:"))) {
            return Optional.empty();
        }
        List<String> authentication = client.authenticate(settings.userName(), settings.password());
        log.authenticated(authentication);
        if (authentication.size() < 2) {
            throw new WebConnectorException("authenticate answered " + authentication.size() + " string(s); QBWC "
                    + "needs at least the ticket and the company file answer (QBWC1012)");
        }
        ticket = authentication.get(0);
        return Optional.of(Objects.requireNonNullElse(authentication.get(1), ""));
    }

    /** The postpone of a busy answer (authenticate's third string, in seconds), when there is a usable one. */
    private static Optional<Duration> postponeOf(List<String> authentication) {
        String seconds = authentication.size() < 3 ? null : authentication.get(2);
        if (seconds == null || !seconds.strip().matches("\\d{1,9}")) {
            return Optional.empty();
        }
        return Optional.of(Duration.ofSeconds(Long.parseLong(seconds.strip())));
    }

    /** Like QBWC: "" means the open file; another path than the open one makes QBWC report connectionError. */
    private boolean connectToCompanyFile(String requestedFile) {
        String requested = requestedFile;
        int attempts = 0;
        while (!requested.isEmpty() && !requested.equalsIgnoreCase(settings.companyFilePath())) {
            if (attempts >= settings.maxConnectionErrorRetries()) {
                close();
                return false;
            }
            attempts++;
            String reply = client.connectionError(ticket, COULD_NOT_START_HRESULT, COULD_NOT_START_MESSAGE);
            log.connectionErrorAnswer(reply);
            if ("done".equalsIgnoreCase(reply)) {
                close();
                return false;
            }
            requested = Objects.requireNonNullElse(reply, "");
        }
        return true;
    }

    private SessionResult exchangeMessages() {
        SandboxCompanyFile company = settings.company();
        boolean firstCall = true;
        while (true) {
            if (dropIsDue()) {
                return finish(StopReason.DROPPED);
            }
            if (log.messages() >= settings.maxMessages()) {
                close();
                return finish(StopReason.MESSAGE_LIMIT);
            }
            String hcpResponse = firstCall ? company.hostQueryResponse() : "";
            firstCall = false;
            String request = client.sendRequestXML(ticket, hcpResponse, settings.companyFilePath(),
                    settings.qbXmlCountry(), settings.qbXmlMajorVersion(), settings.qbXmlMinorVersion());
            if (request == null || request.isEmpty()) {
                String lastError = client.getLastError(ticket);
                log.lastError(lastError);
                if (!"NoOp".equalsIgnoreCase(lastError)) {
                    close();
                    return finish(StopReason.LAST_ERROR);
                }
                if (log.noOps() >= settings.maxNoOps()) {
                    close();
                    return finish(StopReason.NOOP_LIMIT);
                }
                log.noOp();
                pause();
                continue;
            }
            int messageNumber = log.requestReceived(request);
            QuickBooksAnswer answer = askQuickBooks(messageNumber, request);
            if (Objects.equals(settings.dropBeforeResponseToMessage(), messageNumber)) {
                return finish(StopReason.DROPPED);
            }
            int progress = client.receiveResponseXML(ticket, answer.response(), answer.hresult(), answer.message());
            log.progress(progress);
            if (dropIsDue()) {
                return finish(StopReason.DROPPED);
            }
            if (progress >= 100) {
                close();
                return finish(StopReason.COMPLETED);
            }
            if (progress < 0) {
                log.lastError(client.getLastError(ticket));
                close();
                return finish(StopReason.NEGATIVE_PROGRESS);
            }
        }
    }

    private QuickBooksAnswer askQuickBooks(int messageNumber, String request) {
        HresultInjection injection = settings.hresultInjections().get(messageNumber);
        if (injection != null) {
            return new QuickBooksAnswer("", injection.hresult(), injection.message());
        }
        try {
            return new QuickBooksAnswer(settings.company().process(request), "", "");
        } catch (QbxmlParseFailure failure) {
            LOG.debug("QuickBooks sandbox could not parse message {}: {}", messageNumber, failure.reason());
            return new QuickBooksAnswer("", failure.hresult(), failure.getMessage());
        }
    }

    private boolean dropIsDue() {
        return settings.dropAfterMessages() != null && log.messages() >= settings.dropAfterMessages();
    }

    private void close() {
        log.closed(client.closeConnection(ticket));
    }

    private void pause() {
        try {
            Thread.sleep(settings.noOpDelay().toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new WebConnectorException("interrupted while waiting after NoOp", e);
        }
    }

    private SessionResult finish(StopReason reason) {
        SessionResult result = log.toResult(reason, client);
        LOG.debug("QBWC sandbox session ended: {} after {} message(s)", reason, result.messagesExchanged());
        return result;
    }
}
