package io.atqb.sandbox.webconnector;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Posts SOAP 1.1 requests over HTTP with the headers QBWC sends. Given several endpoints (instances of one service
 * behind no load balancer), each call goes to the next one in turn.
 */
final class SoapTransport {

    private final List<URI> endpoints;
    private final AtomicInteger calls = new AtomicInteger();
    private final Duration timeout;
    private final HttpClient httpClient;

    SoapTransport(List<URI> endpoints, Duration timeout) {
        this.endpoints = List.copyOf(endpoints);
        this.timeout = timeout;
        this.httpClient = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** Posts {@code body} as the SOAP call {@code operation}: {@code SOAPAction: "http://developer.intuit.com/op"}. */
    HttpReply post(String operation, byte[] body) {
        URI endpoint = endpoints.get(Math.floorMod(calls.getAndIncrement(), endpoints.size()));
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
