package io.atqb.autotask;

import io.atqb.operations.OperationsRecorder;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.springframework.stereotype.Component;

/**
 * Turns the HTTP answer of an Autotask call into a page or a flat object, or into an {@link AutotaskCallException}
 * that carries status, error messages and Retry-After: non-2xx answers, 200 answers whose {@code errors} list is not
 * empty, and malformed JSON. Transport failures (connection refused, timeouts) become call exceptions too.
 */
@Component("autotaskResponses")
public class AutotaskResponses {

    static final String RETRY_AFTER = "Retry-After";

    private final OperationsRecorder operations;

    public AutotaskResponses(OperationsRecorder operations) {
        this.operations = operations;
    }

    /** Reads the answer of the call described by the exchange's {@code autotaskRequest} property. */
    public Object read(Exchange exchange) {
        AutotaskRequest request = exchange.getProperty(AutotaskExchangeKeys.REQUEST, AutotaskRequest.class);
        if (request.shape() == AutotaskRequest.Shape.OBJECT) {
            return readObject(exchange, request.entity(), request.describe());
        }
        try {
            Object answer = readAnswer(exchange, request);
            operations.autotaskCall(request.entity(), "ok");
            return answer;
        } catch (AutotaskCallException e) {
            operations.autotaskCall(request.entity(), e.kind().name());
            throw e;
        }
    }

    /** A page, a single item or a field list, by the request's shape. */
    private Object readAnswer(Exchange exchange, AutotaskRequest request) {
        Message in = exchange.getIn();
        int status = status(in);
        String baseUrl = exchange.getProperty(AutotaskExchangeKeys.BASE_URL, String.class);
        if (status < 200 || status > 299) {
            throw failed(exchange, request.entity(), request.describe(), status, baseUrl);
        }
        AutotaskJsonReader.Parsed<?> parsed;
        try {
            parsed = switch (request.shape()) {
                case ITEM -> AutotaskJsonReader.readSingleItem(body(in), request.entity(), request.includeFields());
                case FIELDS -> AutotaskJsonReader.readFields(body(in));
                default -> AutotaskJsonReader.readPage(body(in), request.entity(), request.includeFields());
            };
        } catch (AutotaskJsonReader.MalformedAnswerException e) {
            throw malformed(request.entity(), request.describe(), status, baseUrl, e);
        }
        if (!parsed.errors().isEmpty()) {
            throw AutotaskCallException.answered(request.entity(), request.describe(), status, parsed.errors(),
                    null, baseUrl);
        }
        return parsed.value();
    }

    /** Reads a flat answer of {@code endpoint} (ThresholdInformation, zone or version lookups). */
    public AutotaskObject readObject(Exchange exchange, String entity, String endpoint) {
        try {
            AutotaskObject answer = readFlat(exchange, entity, endpoint);
            operations.autotaskCall(entity, "ok");
            return answer;
        } catch (AutotaskCallException e) {
            operations.autotaskCall(entity, e.kind().name());
            throw e;
        }
    }

    private AutotaskObject readFlat(Exchange exchange, String entity, String endpoint) {
        Message in = exchange.getIn();
        int status = status(in);
        String baseUrl = exchange.getProperty(AutotaskExchangeKeys.BASE_URL, String.class);
        if (status < 200 || status > 299) {
            throw failed(exchange, entity, endpoint, status, baseUrl);
        }
        AutotaskJsonReader.Parsed<Map<String, Object>> parsed;
        try {
            parsed = AutotaskJsonReader.readObject(body(in));
        } catch (AutotaskJsonReader.MalformedAnswerException e) {
            throw malformed(entity, endpoint, status, baseUrl, e);
        }
        if (!parsed.errors().isEmpty()) {
            throw AutotaskCallException.answered(entity, endpoint, status, parsed.errors(), null, baseUrl);
        }
        return new AutotaskObject(entity, parsed.value());
    }

    /** Called from the route's doCatch when the HTTP call itself failed (no answer, timeout). */
    public void transportFailure(Exchange exchange) {
        Exception cause = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        AutotaskRequest request = exchange.getProperty(AutotaskExchangeKeys.REQUEST, AutotaskRequest.class);
        String entity = request == null ? "Autotask" : request.entity();
        String endpoint = request == null ? "the Autotask API" : request.describe();
        String reason = cause == null ? "unknown error" : cause.getClass().getSimpleName()
                + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
        operations.autotaskCall(entity, AutotaskFailureKind.TRANSPORT.name());
        throw new AutotaskCallException(entity, endpoint, 0, List.of(), null, AutotaskFailureKind.TRANSPORT,
                exchange.getProperty(AutotaskExchangeKeys.BASE_URL, String.class),
                "Autotask call " + endpoint + " failed without an answer: " + reason, cause);
    }

    private static int status(Message in) {
        Integer status = in.getHeader(Exchange.HTTP_RESPONSE_CODE, Integer.class);
        return status == null ? 0 : status;
    }

    private static InputStream body(Message in) {
        InputStream body = in.getBody(InputStream.class);
        return body == null ? new ByteArrayInputStream(new byte[0]) : body;
    }

    /**
     * A failed answer as a call exception. For a write, a 500 answer that carries error messages is Autotask refusing
     * the data (it answers every validation failure of a write with 500 {@code {"errors":[...]}}): REJECTED, never
     * repeated. Throttling, 401, other 5xx statuses and a 500 without messages keep their usual classification.
     */
    private static AutotaskCallException failed(Exchange exchange, String entity, String endpoint, int status,
            String baseUrl) {
        byte[] body = exchange.getIn().getBody(byte[].class);
        List<String> errors = AutotaskJsonReader.readErrorMessages(body);
        String retryAfter = exchange.getIn().getHeader(RETRY_AFTER, String.class);
        AutotaskRequest request = exchange.getProperty(AutotaskExchangeKeys.REQUEST, AutotaskRequest.class);
        AutotaskFailureKind kind = AutotaskFailureKind.classify(status, errors);
        if (request != null && request.writes() && status == 500 && kind == AutotaskFailureKind.SERVER_ERROR
                && !errors.isEmpty()) {
            kind = AutotaskFailureKind.REJECTED;
        }
        return AutotaskCallException.answered(entity, endpoint, status, errors, retryAfter, baseUrl, kind);
    }

    private static AutotaskCallException malformed(String entity, String endpoint, int status, String baseUrl,
            AutotaskJsonReader.MalformedAnswerException e) {
        return new AutotaskCallException(entity, endpoint, status, List.of(), null, AutotaskFailureKind.MALFORMED,
                baseUrl, "Autotask answered malformed JSON to " + endpoint + ": " + e.getMessage(), e);
    }
}
