package io.atqb.sandbox.webconnector;

import io.atqb.sandbox.quickbooks.SandboxCompanyFile;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A QuickBooks Web Connector client that drives a QBWC SOAP endpoint over real HTTP the way QBWC 2.3 does, carrying
 * qbXML between the endpoint and a {@link SandboxCompanyFile}. Fault injection configured on the builder applies to
 * every session; {@link #withoutFaults()} gives a healthy client for the same endpoint and company file.
 * Sessions run one at a time, like QBWC's update lock.
 */
public final class SandboxWebConnector {

    /** The QBWC version QBWC 2.3 reports in clientVersion. */
    public static final String DEFAULT_CLIENT_VERSION = "2.3.0.215";

    private final WebConnectorSettings settings;
    private final SoapTransport transport;
    private final SoapEnvelopeWriter writer = new SoapEnvelopeWriter();
    private final SoapResponseReader reader = new SoapResponseReader();

    private SandboxWebConnector(WebConnectorSettings settings) {
        this.settings = settings;
        this.transport = new SoapTransport(settings.endpoints(), settings.httpTimeout());
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Performs one "Update Selected": serverVersion, clientVersion, authenticate, then the message loop until the
     * server completes, reports an error, or a bound or injected fault ends the session.
     *
     * @throws SoapFaultException when the server answers a call with a SOAP Fault
     * @throws WebConnectorException when a call fails or its answer is unusable for QBWC
     */
    public synchronized SessionResult runSession() {
        QbwcSoapClient client = new QbwcSoapClient(transport, writer, reader);
        return new WebConnectorSession(settings, client).run();
    }

    /** A client with the same endpoint, credentials and company file but no fault injection. */
    public SandboxWebConnector withoutFaults() {
        return new SandboxWebConnector(settings.withoutFaults());
    }

    /** Posts an arbitrary envelope with QBWC's headers for {@code operation} and returns the response body. */
    public String postRaw(String operation, String envelopeXml) {
        return postRawExchange(operation, envelopeXml).body();
    }

    /** Posts an arbitrary envelope with QBWC's headers for {@code operation}; returns status, type and body. */
    public RawResponse postRawExchange(String operation, String envelopeXml) {
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(envelopeXml, "envelopeXml");
        HttpReply reply = transport.post(operation, envelopeXml.getBytes(StandardCharsets.UTF_8));
        return new RawResponse(reply.status(), reply.contentType(),
                new String(reply.body(), charsetOf(reply.contentType())));
    }

    public URI endpoint() {
        return settings.endpoint();
    }

    public String companyFilePath() {
        return settings.companyFilePath();
    }

    public SandboxCompanyFile company() {
        return settings.company();
    }

    private static Charset charsetOf(String contentType) {
        if (contentType != null) {
            for (String part : contentType.split(";")) {
                String trimmed = part.strip();
                if (trimmed.toLowerCase(Locale.ROOT).startsWith("charset=")) {
                    try {
                        return Charset.forName(trimmed.substring("charset=".length()).replace("\"", ""));
                    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                        return StandardCharsets.UTF_8;
                    }
                }
            }
        }
        return StandardCharsets.UTF_8;
    }

    /** Configures a {@link SandboxWebConnector}; endpoint, credentials, company file path and company are required. */
    public static final class Builder {

        private URI endpoint;
        private List<URI> alternates = List.of();
        private String userName;
        private String password;
        private String companyFilePath;
        private SandboxCompanyFile company;
        private String clientVersion = DEFAULT_CLIENT_VERSION;
        private int qbXmlMajorVersion = 13;
        private int qbXmlMinorVersion = 0;
        private String qbXmlCountry = "US";
        private Duration noOpDelay = Duration.ofSeconds(5);
        private int maxNoOps = 60;
        private int maxMessages = 10_000;
        private int maxConnectionErrorRetries = 3;
        private Duration httpTimeout = Duration.ofMinutes(2);
        private Integer dropAfterMessages;
        private Integer dropBeforeResponseToMessage;
        private final Map<Integer, HresultInjection> hresultInjections = new HashMap<>();
        private int maxBusyRetries;
        private PostponeWait postponeWait = PostponeWait.sleeping();

        private Builder() {
        }

        /** The QBWC SOAP endpoint (the .qwc AppURL). */
        public Builder endpoint(URI uri) {
            this.endpoint = uri;
            return this;
        }

        /**
         * More endpoints of the same service (other instances on one database): the calls then go to the endpoint
         * and these in turn, one call each, as a load balancer without sticky sessions would send them.
         */
        public Builder alternateWith(List<URI> uris) {
            this.alternates = List.copyOf(uris);
            return this;
        }

        /** The .qwc UserName, sent as strUserName. */
        public Builder username(String name) {
            this.userName = name;
            return this;
        }

        /** The password the user typed into QBWC, sent as strPassword. */
        public Builder password(String secret) {
            this.password = secret;
            return this;
        }

        /** The company file "open in QuickBooks", sent as strCompanyFileName. */
        public Builder companyFilePath(String path) {
            this.companyFilePath = path;
            return this;
        }

        /** The company file that answers the qbXML requests. */
        public Builder company(SandboxCompanyFile companyFile) {
            this.company = companyFile;
            return this;
        }

        /** The QBWC version sent to clientVersion; {@value #DEFAULT_CLIENT_VERSION} by default. */
        public Builder clientVersion(String version) {
            this.clientVersion = version;
            return this;
        }

        /** The qbXMLMajorVers / qbXMLMinorVers reported to sendRequestXML; 13 / 0 by default. */
        public Builder qbXmlVersion(int major, int minor) {
            this.qbXmlMajorVersion = major;
            this.qbXmlMinorVersion = minor;
            return this;
        }

        /** The qbXMLCountry reported to sendRequestXML; US by default. */
        public Builder qbXmlCountry(String country) {
            this.qbXmlCountry = country;
            return this;
        }

        /** How long to wait after getLastError answered NoOp; 5 s like QBWC by default. */
        public Builder noOpDelay(Duration delay) {
            this.noOpDelay = delay;
            return this;
        }

        /** How many NoOps one session accepts before it closes the connection; 60 by default. */
        public Builder maxNoOps(int bound) {
            this.maxNoOps = bound;
            return this;
        }

        /** How many messages one session exchanges before it closes the connection; 10,000 by default. */
        public Builder maxMessages(int bound) {
            this.maxMessages = bound;
            return this;
        }

        /** How many connectionError calls one session makes before it gives up; 3 by default. */
        public Builder maxConnectionErrorRetries(int bound) {
            this.maxConnectionErrorRetries = bound;
            return this;
        }

        /** Connect and request timeout of every HTTP call; 2 minutes by default. */
        public Builder httpTimeout(Duration timeout) {
            this.httpTimeout = timeout;
            return this;
        }

        /** After {@code n} request/response exchanges the client disappears: no more calls, no closeConnection. */
        public Builder dropAfterMessages(int n) {
            this.dropAfterMessages = n;
            return this;
        }

        /**
         * The client disappears after QuickBooks processed the {@code n}-th message (1-based) but before
         * receiveResponseXML: the writes happened, the server never hears about them.
         */
        public Builder dropBeforeResponseToMessage(int n) {
            this.dropBeforeResponseToMessage = n;
            return this;
        }

        /** For the {@code n}-th message (1-based) send this HRESULT and message with an empty response. */
        public Builder hresultOnMessage(int n, String hresult, String message) {
            if (n < 1) {
                throw new IllegalArgumentException("message numbers start at 1, was " + n);
            }
            hresultInjections.put(n, new HresultInjection(Objects.requireNonNull(hresult, "hresult"),
                    Objects.requireNonNull(message, "message")));
            return this;
        }

        /**
         * When authenticate answers {@code busy} with a postpone, wait it out with {@code wait} and start the
         * update again, at most {@code times} times (QBWC's Auto-Run retries after the postpone); 0 by
         * default: a busy answer ends the update.
         */
        public Builder retryWhenBusy(int times, PostponeWait wait) {
            this.maxBusyRetries = times;
            this.postponeWait = wait;
            return this;
        }

        public SandboxWebConnector build() {
            Objects.requireNonNull(endpoint, "endpoint is required");
            Objects.requireNonNull(userName, "username is required");
            Objects.requireNonNull(password, "password is required");
            Objects.requireNonNull(company, "company is required");
            if (companyFilePath == null || companyFilePath.isBlank()) {
                throw new IllegalArgumentException("companyFilePath is required");
            }
            Objects.requireNonNull(clientVersion, "clientVersion");
            Objects.requireNonNull(qbXmlCountry, "qbXmlCountry");
            requireNonNegative(noOpDelay, "noOpDelay");
            requireNonNegative(httpTimeout, "httpTimeout");
            if (httpTimeout.isZero()) {
                throw new IllegalArgumentException("httpTimeout must be positive");
            }
            requireAtLeast(maxNoOps, 0, "maxNoOps");
            requireAtLeast(maxMessages, 1, "maxMessages");
            requireAtLeast(maxConnectionErrorRetries, 0, "maxConnectionErrorRetries");
            requireAtLeast(maxBusyRetries, 0, "maxBusyRetries");
            Objects.requireNonNull(postponeWait, "postponeWait");
            if (dropAfterMessages != null) {
                requireAtLeast(dropAfterMessages, 0, "dropAfterMessages");
            }
            if (dropBeforeResponseToMessage != null) {
                requireAtLeast(dropBeforeResponseToMessage, 1, "dropBeforeResponseToMessage");
            }
            List<URI> endpoints = new ArrayList<>();
            endpoints.add(endpoint);
            endpoints.addAll(alternates);
            return new SandboxWebConnector(new WebConnectorSettings(endpoints, userName, password, companyFilePath,
                    company, clientVersion, qbXmlMajorVersion, qbXmlMinorVersion, qbXmlCountry, noOpDelay, maxNoOps,
                    maxMessages, maxConnectionErrorRetries, httpTimeout, dropAfterMessages,
                    dropBeforeResponseToMessage, hresultInjections, maxBusyRetries, postponeWait));
        }

        private static void requireNonNegative(Duration duration, String name) {
            Objects.requireNonNull(duration, name);
            if (duration.isNegative()) {
                throw new IllegalArgumentException(name + " must not be negative, was " + duration);
            }
        }

        private static void requireAtLeast(int value, int minimum, String name) {
            if (value < minimum) {
                throw new IllegalArgumentException(name + " must be at least " + minimum + ", was " + value);
            }
        }
    }
}
