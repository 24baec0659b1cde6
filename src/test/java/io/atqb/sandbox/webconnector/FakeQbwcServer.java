package io.atqb.sandbox.webconnector;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * A scripted stand-in for a QBWC SOAP service on 127.0.0.1: answers each operation from a queue (or a default) and
 * records every call it receives, with headers, namespaces, parameters and exact body sizes.
 */
final class FakeQbwcServer implements AutoCloseable {

    static final String SOAP_NS = "http://schemas.xmlsoap.org/soap/envelope/";
    static final String INTUIT_NS = "http://developer.intuit.com/";

    /** One received call. */
    record RecordedCall(String operation, String soapAction, String contentType, String bodyNamespace,
                        String bodyPrefix, List<String> parameterNames, List<String> parameterNamespaces,
                        List<String> parameterPrefixes, Map<String, String> parameters, int requestBytes,
                        int responseBytes) {

        String parameter(String name) {
            return parameters.get(name);
        }
    }

    /** A scripted answer: a result, a list of strings, a fault or a raw HTTP reply. */
    private record Answer(String text, List<String> strings, String faultString, Integer status, String contentType,
                          String rawBody) {
    }

    private static final Map<String, Answer> DEFAULTS = Map.of(
            "serverVersion", text("fake-qbwc-service 1.0"),
            "clientVersion", text(""),
            "authenticate", new Answer(null, List.of("ticket-1", ""), null, null, null, null),
            "sendRequestXML", text(""),
            "receiveResponseXML", text("100"),
            "getLastError", text("No more work"),
            "connectionError", text("done"),
            "closeConnection", text("OK"));

    private final HttpServer server;
    private final Map<String, Deque<Answer>> scripts = new HashMap<>();
    private final List<RecordedCall> calls = new ArrayList<>();
    private final AtomicLong requestBytes = new AtomicLong();
    private final AtomicLong responseBytes = new AtomicLong();

    private FakeQbwcServer(HttpServer server) {
        this.server = server;
    }

    static FakeQbwcServer start() throws IOException {
        // without TCP_NODELAY the JDK server's separate header and body writes meet delayed ACKs (~40 ms a call)
        System.setProperty("sun.net.httpserver.nodelay", "true");
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        FakeQbwcServer fake = new FakeQbwcServer(server);
        server.createContext("/qbwc", fake::handle);
        server.start();
        return fake;
    }

    URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/qbwc");
    }

    /** Queues results for {@code operation}, answered in order before the default takes over. */
    synchronized FakeQbwcServer answer(String operation, String... results) {
        for (String result : results) {
            queue(operation).add(text(result));
        }
        return this;
    }

    synchronized FakeQbwcServer answerAuthenticate(String... strings) {
        queue("authenticate").add(new Answer(null, List.of(strings), null, null, null, null));
        return this;
    }

    synchronized FakeQbwcServer answerFault(String operation, String faultString) {
        queue(operation).add(new Answer(null, null, faultString, 500, null, null));
        return this;
    }

    synchronized FakeQbwcServer answerRaw(String operation, int status, String contentType, String body) {
        queue(operation).add(new Answer(null, null, null, status, contentType, body));
        return this;
    }

    synchronized List<RecordedCall> calls() {
        return List.copyOf(calls);
    }

    synchronized List<String> operations() {
        return calls.stream().map(RecordedCall::operation).toList();
    }

    synchronized List<RecordedCall> calls(String operation) {
        return calls.stream().filter(call -> call.operation().equals(operation)).toList();
    }

    long requestBytes() {
        return requestBytes.get();
    }

    long responseBytes() {
        return responseBytes.get();
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private Deque<Answer> queue(String operation) {
        return scripts.computeIfAbsent(operation, key -> new ArrayDeque<>());
    }

    private static Answer text(String value) {
        return new Answer(value, null, null, null, null, null);
    }

    private void handle(HttpExchange exchange) throws IOException {
        byte[] request;
        try (InputStream in = exchange.getRequestBody()) {
            request = in.readAllBytes();
        }
        Element body = bodyElement(request);
        String operation = body.getLocalName();
        Answer answer;
        synchronized (this) {
            Deque<Answer> scripted = scripts.get(operation);
            answer = scripted == null || scripted.isEmpty() ? DEFAULTS.get(operation) : scripted.poll();
        }
        int status = answer.status() == null ? 200 : answer.status();
        String contentType = answer.contentType() == null ? "text/xml; charset=utf-8" : answer.contentType();
        byte[] response = answer.rawBody() != null ? answer.rawBody().getBytes(StandardCharsets.UTF_8)
                : envelope(operation, answer);
        record(exchange, operation, body, request.length, response.length);
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(status, response.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(response);
        }
    }

    private void record(HttpExchange exchange, String operation, Element body, int requestLength,
                        int responseLength) {
        List<String> names = new ArrayList<>();
        List<String> namespaces = new ArrayList<>();
        List<String> prefixes = new ArrayList<>();
        Map<String, String> parameters = new LinkedHashMap<>();
        NodeList children = body.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            Node child = children.item(i);
            if (child.getNodeType() == Node.ELEMENT_NODE) {
                names.add(child.getLocalName());
                namespaces.add(child.getNamespaceURI());
                prefixes.add(child.getPrefix());
                parameters.put(child.getLocalName(), child.getTextContent());
            }
        }
        synchronized (this) {
            calls.add(new RecordedCall(operation, exchange.getRequestHeaders().getFirst("SOAPAction"),
                    exchange.getRequestHeaders().getFirst("Content-Type"), body.getNamespaceURI(), body.getPrefix(),
                    names, namespaces, prefixes, parameters, requestLength, responseLength));
        }
        requestBytes.addAndGet(requestLength);
        responseBytes.addAndGet(responseLength);
    }

    private static Element bodyElement(byte[] request) throws IOException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(request));
            Element soapBody = (Element) document.getElementsByTagNameNS(SOAP_NS, "Body").item(0);
            NodeList children = soapBody.getChildNodes();
            for (int i = 0; i < children.getLength(); i++) {
                if (children.item(i).getNodeType() == Node.ELEMENT_NODE) {
                    return (Element) children.item(i);
                }
            }
            throw new IOException("empty soap:Body");
        } catch (Exception e) {
            throw new IOException("the fake QBWC service could not read the request", e);
        }
    }

    private static byte[] envelope(String operation, Answer answer) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "utf-8");
            xml.writeStartDocument("utf-8", "1.0");
            xml.writeStartElement("soap", "Envelope", SOAP_NS);
            xml.writeNamespace("soap", SOAP_NS);
            xml.writeStartElement("soap", "Body", SOAP_NS);
            if (answer.faultString() != null) {
                xml.writeStartElement("soap", "Fault", SOAP_NS);
                writeText(xml, "faultcode", "soap:Server");
                writeText(xml, "faultstring", answer.faultString());
                xml.writeEndElement();
            } else {
                xml.writeStartElement("", operation + "Response", INTUIT_NS);
                xml.writeDefaultNamespace(INTUIT_NS);
                xml.writeStartElement("", operation + "Result", INTUIT_NS);
                if (answer.strings() != null) {
                    for (String value : answer.strings()) {
                        writeText(xml, "string", value);
                    }
                } else {
                    xml.writeCharacters(answer.text());
                }
                xml.writeEndElement();
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }

    private static void writeText(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(value);
        xml.writeEndElement();
    }
}
