package io.atqb.sandbox.webconnector;

import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The QBWC SOAP operations as typed calls, for one session: records the calls in order and counts the HTTP body
 * bytes sent and received.
 */
final class QbwcSoapClient {

    private static final Logger LOG = LoggerFactory.getLogger(QbwcSoapClient.class);

    private final SoapTransport transport;
    private final SoapEnvelopeWriter writer;
    private final SoapResponseReader reader;
    private final List<String> calls = new ArrayList<>();
    private long bytesSent;
    private long bytesReceived;

    QbwcSoapClient(SoapTransport transport, SoapEnvelopeWriter writer, SoapResponseReader reader) {
        this.transport = transport;
        this.writer = writer;
        this.reader = reader;
    }

    String serverVersion() {
        return call("serverVersion", List.of()).text();
    }

    String clientVersion(String strVersion) {
        return call("clientVersion", List.of(new SoapParameter("strVersion", strVersion))).text();
    }

    List<String> authenticate(String userName, String password) {
        SoapResult result = call("authenticate", List.of(
                new SoapParameter("strUserName", userName),
                new SoapParameter("strPassword", password)), true);
        return result.strings();
    }

    String sendRequestXML(String ticket, String hcpResponse, String companyFileName, String country,
                          int majorVersion, int minorVersion) {
        return call("sendRequestXML", List.of(
                new SoapParameter("ticket", ticket),
                new SoapParameter("strHCPResponse", hcpResponse),
                new SoapParameter("strCompanyFileName", companyFileName),
                new SoapParameter("qbXMLCountry", country),
                new SoapParameter("qbXMLMajorVers", Integer.toString(majorVersion)),
                new SoapParameter("qbXMLMinorVers", Integer.toString(minorVersion)))).text();
    }

    int receiveResponseXML(String ticket, String response, String hresult, String message) {
        SoapResult result = call("receiveResponseXML", List.of(
                new SoapParameter("ticket", ticket),
                new SoapParameter("response", response),
                new SoapParameter("hresult", hresult),
                new SoapParameter("message", message)));
        if (!result.present()) {
            throw new WebConnectorException("receiveResponseXML answered without receiveResponseXMLResult");
        }
        try {
            return Integer.parseInt(result.text().strip());
        } catch (NumberFormatException e) {
            throw new WebConnectorException("receiveResponseXML answered \"" + result.text()
                    + "\", but QBWC needs an integer percentage", e);
        }
    }

    String getLastError(String ticket) {
        return call("getLastError", List.of(new SoapParameter("ticket", ticket))).text();
    }

    String connectionError(String ticket, String hresult, String message) {
        return call("connectionError", List.of(
                new SoapParameter("ticket", ticket),
                new SoapParameter("hresult", hresult),
                new SoapParameter("message", message))).text();
    }

    String closeConnection(String ticket) {
        return call("closeConnection", List.of(new SoapParameter("ticket", ticket))).text();
    }

    List<String> calls() {
        return List.copyOf(calls);
    }

    long bytesSent() {
        return bytesSent;
    }

    long bytesReceived() {
        return bytesReceived;
    }

    private SoapResult call(String operation, List<SoapParameter> parameters) {
        return call(operation, parameters, false);
    }

    private SoapResult call(String operation, List<SoapParameter> parameters, boolean stringArray) {
        byte[] body = writer.write(operation, parameters);
        calls.add(operation);
        bytesSent += body.length;
        HttpReply reply = transport.post(operation, body);
        bytesReceived += reply.body().length;
        LOG.debug("QBWC sandbox {}: sent {} bytes, HTTP {} with {} bytes", operation, body.length, reply.status(),
                reply.body().length);
        return reader.read(operation, reply, stringArray);
    }
}
