package io.atqb.sandbox.webconnector;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Collects what happens during one session until it becomes a {@link SessionResult}. */
final class SessionLog {

    private String serverVersion;
    private String clientVersionAnswer;
    private List<String> authenticateStrings = List.of();
    private String ticket;
    private String authenticateAnswer;
    private final List<String> connectionErrorAnswers = new ArrayList<>();
    private final List<Integer> progressValues = new ArrayList<>();
    private final List<String> lastErrors = new ArrayList<>();
    private final List<String> requestsReceived = new ArrayList<>();
    private final List<Duration> postponesWaited = new ArrayList<>();
    private String closeMessage;
    private int noOps;

    void serverVersion(String version) {
        serverVersion = version;
    }

    void clientVersionAnswer(String answer) {
        clientVersionAnswer = answer;
    }

    void authenticated(List<String> strings) {
        authenticateStrings = List.copyOf(strings);
        ticket = strings.isEmpty() ? null : strings.get(0);
        authenticateAnswer = strings.size() < 2 ? null : strings.get(1);
    }

    List<String> authenticateStrings() {
        return authenticateStrings;
    }

    int postponesWaited() {
        return postponesWaited.size();
    }

    void postponed(Duration postpone) {
        postponesWaited.add(postpone);
    }

    void connectionErrorAnswer(String answer) {
        connectionErrorAnswers.add(Objects.requireNonNullElse(answer, ""));
    }

    /** Records a non-empty sendRequestXML answer and returns its 1-based number in the session. */
    int requestReceived(String request) {
        requestsReceived.add(request);
        return requestsReceived.size();
    }

    int messages() {
        return requestsReceived.size();
    }

    void progress(int value) {
        progressValues.add(value);
    }

    void lastError(String message) {
        lastErrors.add(Objects.requireNonNullElse(message, ""));
    }

    void noOp() {
        noOps++;
    }

    int noOps() {
        return noOps;
    }

    void closed(String message) {
        closeMessage = Objects.requireNonNullElse(message, "");
    }

    SessionResult toResult(StopReason reason, QbwcSoapClient client) {
        return new SessionResult(ticket, authenticateAnswer, progressValues, lastErrors, closeMessage,
                requestsReceived.size(), noOps, client.bytesSent(), client.bytesReceived(), client.calls(),
                reason == StopReason.DROPPED, reason, serverVersion, clientVersionAnswer, authenticateStrings,
                connectionErrorAnswers, requestsReceived, postponesWaited);
    }
}
