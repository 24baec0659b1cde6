package io.atqb.sandbox.webconnector;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What happened in one Web Connector session ("Update Selected"): the answers the server gave, what was exchanged
 * and how the session ended. {@code ticket} and {@code authenticateAnswer} are null when authenticate was not reached;
 * {@code closeMessage} is null when closeConnection was not called. {@code postponesWaited} lists the postpones of
 * the {@code busy} answers waited out before the last authenticate (see {@code retryWhenBusy}).
 */
public record SessionResult(
        String ticket,
        String authenticateAnswer,
        List<Integer> progressValues,
        List<String> lastErrors,
        String closeMessage,
        int messagesExchanged,
        int noOps,
        long bytesSent,
        long bytesReceived,
        List<String> callsInOrder,
        boolean dropped,
        StopReason stopReason,
        String serverVersion,
        String clientVersionAnswer,
        List<String> authenticateStrings,
        List<String> connectionErrorAnswers,
        List<String> requestsReceived,
        List<Duration> postponesWaited) {

    public SessionResult {
        progressValues = List.copyOf(progressValues);
        lastErrors = List.copyOf(lastErrors);
        callsInOrder = List.copyOf(callsInOrder);
        authenticateStrings = List.copyOf(authenticateStrings);
        connectionErrorAnswers = List.copyOf(connectionErrorAnswers);
        requestsReceived = List.copyOf(requestsReceived);
        postponesWaited = List.copyOf(postponesWaited);
    }

    /** The closeConnection answer, when closeConnection was called. */
    public Optional<String> closeMessageIfCalled() {
        return Optional.ofNullable(closeMessage);
    }

    /** The last receiveResponseXML answer, if any. */
    public OptionalInt lastProgress() {
        return progressValues.isEmpty() ? OptionalInt.empty()
                : OptionalInt.of(progressValues.get(progressValues.size() - 1));
    }

    /** The last getLastError answer, if any. */
    public Optional<String> lastError() {
        return lastErrors.isEmpty() ? Optional.empty() : Optional.of(lastErrors.get(lastErrors.size() - 1));
    }

    /** True when the server answered 100 and closeConnection was called. */
    public boolean completed() {
        return stopReason == StopReason.COMPLETED;
    }

    /** How many times the named operation was called. */
    public long callCount(String operation) {
        return callsInOrder.stream().filter(operation::equals).count();
    }
}
