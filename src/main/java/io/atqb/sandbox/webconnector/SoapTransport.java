package io.atqb.sandbox.webconnector;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Posts SOAP 1.1 requests over HTTP with the headers QBWC sends. */
final class SoapTransport {

    private final URI endpoint;
    private final Duration timeout;
    private final HttpClient httpClient;

    SoapTransport(URI endpoint, Duration timeout) {
        this.endpoint = endpoint;
        this.timeout = timeout;
        this.httpClient = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** Posts {@code body} as the SOAP call {@code operation}: {@code SOAPAction: "http://developer.intuit.com/op"}. */
    HttpReply post(String operation, byte[] body) {
        HttpRequest request = HttpRequest.newBuilder(endpoint)
                .timeout(timeout)
                .header("Content-Type", "text/xml; charset=utf-8")
                .header("SOAPAction", "\"" + SoapEnvelopeWriter.INTUIT_NAMESPACE + operation + "\"")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        try {
            HttpResponse<byte[]> response = httpClient.send(request, HttpResponse.BodyHandlers.ofByteArray());
            return new HttpReply(response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(null), response.body());
        } catch (IOException e) {
            throw new WebConnectorException(operation + " to " + endpoint + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new WebConnectorException(operation + " to " + endpoint + " was interrupted", e);
        }
    }
}
