package io.atqb.sandbox.webconnector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.atqb.sandbox.quickbooks.SandboxCompanyFile;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SandboxWebConnectorTest {

    private static final String COMPANY_FILE = "C:\\Company Files\\Acme.QBW";

    private static final String ITEM_ADD = """
            <?xml version="1.0" encoding="utf-8"?>
            <?qbxml version="13.0"?>
            <QBXML><QBXMLMsgsRq onError="stopOnError">
             <ItemInventoryAddRq requestID="add-1"><ItemInventoryAdd>
              <Name>WID-100</Name>
              <IncomeAccountRef><FullName>Autotask Other</FullName></IncomeAccountRef>
              <COGSAccountRef><FullName>Cost of Goods Sold</FullName></COGSAccountRef>
              <AssetAccountRef><FullName>Inventory Asset</FullName></AssetAccountRef>
             </ItemInventoryAdd></ItemInventoryAddRq>
            </QBXMLMsgsRq></QBXML>""";

    private static final String QUERY = """
            <?xml version="1.0" encoding="utf-8"?>
            <?qbxml version="13.0"?>
            <QBXML><QBXMLMsgsRq onError="stopOnError">
             <ItemInventoryQueryRq requestID="q-1"><ActiveStatus>All</ActiveStatus></ItemInventoryQueryRq>
            </QBXMLMsgsRq></QBXML>""";

    private static final String ITERATOR_START = """
            <?xml version="1.0" encoding="utf-8"?>
            <?qbxml version="13.0"?>
            <QBXML><QBXMLMsgsRq onError="stopOnError">
             <ItemInventoryQueryRq requestID="it-1" iterator="Start"><MaxReturned>1</MaxReturned></ItemInventoryQueryRq>
            </QBXMLMsgsRq></QBXML>""";

    private static final String MALFORMED = """
            <?xml version="1.0" encoding="utf-8"?>
            <?qbxml version="13.0"?>
            <QBXML><QBXMLMsgsRq onError="stopOnError"><ItemInventoryQueryRq></QBXMLMsgsRq></QBXML>""";

    private FakeQbwcServer server;
    private SandboxCompanyFile company;

    @BeforeEach
    void startServer() throws Exception {
        server = FakeQbwcServer.start();
        company = SandboxCompanyFile.withStandardAccounts("Acme Test Co");
        company.addInventoryItem("GADGET-1", new BigDecimal("5"), true);
        company.addInventoryItem("GADGET-2", new BigDecimal("6"), true);
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    private SandboxWebConnector.Builder connector() {
        return SandboxWebConnector.builder()
                .endpoint(server.endpoint())
                .username("acme-wh1")
                .password("secret")
                .companyFilePath(COMPANY_FILE)
                .company(company)
                .noOpDelay(Duration.ofMillis(5))
                .httpTimeout(Duration.ofSeconds(10));
    }

    // ----- the normal flow

    @Test
    void shouldSendEachCallToTheNextEndpointInTurnWhenAlternatingBetweenInstances() throws Exception {
        try (FakeQbwcServer other = FakeQbwcServer.start()) {
            other.answer("sendRequestXML", ITEM_ADD);

            SessionResult result = connector().alternateWith(List.of(other.endpoint())).build().runSession();

            assertThat(result.callsInOrder()).containsExactly("serverVersion", "clientVersion", "authenticate",
                    "sendRequestXML", "receiveResponseXML", "closeConnection");
            assertThat(server.operations()).containsExactly("serverVersion", "authenticate", "receiveResponseXML");
            assertThat(other.operations()).containsExactly("clientVersion", "sendRequestXML", "closeConnection");
            assertThat(company.findItem("WID-100")).isPresent();
        }
    }

    @Test
    void shouldCallTheOperationsInQbwcOrderWhenTheServerHasOneMessage() {
        server.answer("sendRequestXML", ITEM_ADD);

        SessionResult result = connector().build().runSession();

        List<String> expected = List.of("serverVersion", "clientVersion", "authenticate", "sendRequestXML",
                "receiveResponseXML", "closeConnection");
        assertThat(server.operations()).containsExactlyElementsOf(expected);
        assertThat(result.callsInOrder()).containsExactlyElementsOf(expected);
        assertThat(result.stopReason()).isEqualTo(StopReason.COMPLETED);
        assertThat(result.completed()).isTrue();
        assertThat(result.ticket()).isEqualTo("ticket-1");
        assertThat(result.authenticateAnswer()).isEmpty();
        assertThat(result.progressValues()).containsExactly(100);
        assertThat(result.closeMessage()).isEqualTo("OK");
        assertThat(result.messagesExchanged()).isEqualTo(1);
        assertThat(result.dropped()).isFalse();
        assertThat(result.serverVersion()).isEqualTo("fake-qbwc-service 1.0");
        assertThat(company.findItem("WID-100")).isPresent();
        FakeQbwcServer.RecordedCall receive = server.calls("receiveResponseXML").get(0);
        assertThat(receive.parameter("ticket")).isEqualTo("ticket-1");
        assertThat(receive.parameter("response")).startsWith("<?xml version=\"1.0\" ?>")
                .contains("<ItemInventoryAddRs requestID=\"add-1\" statusCode=\"0\"");
        assertThat(receive.parameter("hresult")).isEmpty();
        assertThat(receive.parameter("message")).isEmpty();
    }

    @Test
    void shouldSendCredentialsAndClientVersion() {
        connector().build().runSession();

        assertThat(server.calls("clientVersion").get(0).parameter("strVersion")).isEqualTo("2.3.0.215");
        FakeQbwcServer.RecordedCall authenticate = server.calls("authenticate").get(0);
        assertThat(authenticate.parameterNames()).containsExactly("strUserName", "strPassword");
        assertThat(authenticate.parameter("strUserName")).isEqualTo("acme-wh1");
        assertThat(authenticate.parameter("strPassword")).isEqualTo("secret");
    }

    @Test
    void shouldSendTheHcpResponseOnlyOnTheFirstSendRequestXml() {
        server.answer("sendRequestXML", QUERY, QUERY).answer("receiveResponseXML", "50", "100");

        SessionResult result = connector().build().runSession();

        List<FakeQbwcServer.RecordedCall> sends = server.calls("sendRequestXML");
        assertThat(sends).hasSize(2);
        assertThat(sends.get(0).parameter("strHCPResponse")).isEqualTo(company.hostQueryResponse())
                .contains("<HostQueryRs").contains("<CompanyName>Acme Test Co</CompanyName>");
        assertThat(sends.get(1).parameter("strHCPResponse")).isEmpty();
        assertThat(sends.get(1).parameterNames()).containsExactly("ticket", "strHCPResponse", "strCompanyFileName",
                "qbXMLCountry", "qbXMLMajorVers", "qbXMLMinorVers");
        for (FakeQbwcServer.RecordedCall send : sends) {
            assertThat(send.parameter("ticket")).isEqualTo("ticket-1");
            assertThat(send.parameter("strCompanyFileName")).isEqualTo(COMPANY_FILE);
            assertThat(send.parameter("qbXMLCountry")).isEqualTo("US");
            assertThat(send.parameter("qbXMLMajorVers")).isEqualTo("13");
            assertThat(send.parameter("qbXMLMinorVers")).isEqualTo("0");
        }
        assertThat(result.progressValues()).containsExactly(50, 100);
        assertThat(result.messagesExchanged()).isEqualTo(2);
        assertThat(result.requestsReceived()).containsExactly(QUERY, QUERY);
    }

    @Test
    void shouldReportTheConfiguredQbxmlVersionAndCountry() {
        connector().qbXmlVersion(12, 0).qbXmlCountry("CA").build().runSession();

        FakeQbwcServer.RecordedCall send = server.calls("sendRequestXML").get(0);
        assertThat(send.parameter("qbXMLMajorVers")).isEqualTo("12");
        assertThat(send.parameter("qbXMLCountry")).isEqualTo("CA");
    }

    // ----- getLastError, NoOp and progress

    @Test
    void shouldCallGetLastErrorThenCloseWhenSendRequestXmlIsEmpty() {
        server.answer("getLastError", "Nothing to do for this company");

        SessionResult result = connector().build().runSession();

        assertThat(server.operations()).endsWith("sendRequestXML", "getLastError", "closeConnection");
        assertThat(result.lastErrors()).containsExactly("Nothing to do for this company");
        assertThat(result.stopReason()).isEqualTo(StopReason.LAST_ERROR);
        assertThat(result.messagesExchanged()).isZero();
    }

    @Test
    void shouldTreatANilGetLastErrorAsAnEmptyMessage() {
        server.answerRaw("getLastError", 200, "text/xml; charset=utf-8", """
                <?xml version="1.0"?>
                <soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"
                    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><soap:Body>
                <getLastErrorResponse xmlns="http://developer.intuit.com/">
                <getLastErrorResult xsi:nil="true"/></getLastErrorResponse>
                </soap:Body></soap:Envelope>""");

        SessionResult result = connector().build().runSession();

        assertThat(result.lastErrors()).containsExactly("");
        assertThat(result.stopReason()).isEqualTo(StopReason.LAST_ERROR);
        assertThat(server.operations()).last().isEqualTo("closeConnection");
    }

    @Test
    void shouldWaitAfterNoOpAndAskForWorkAgain() {
        server.answer("sendRequestXML", "", "", QUERY).answer("getLastError", "NoOp", "NoOp");
        long started = System.nanoTime();

        SessionResult result = connector().noOpDelay(Duration.ofMillis(60)).build().runSession();

        long elapsedMillis = (System.nanoTime() - started) / 1_000_000;
        assertThat(result.noOps()).isEqualTo(2);
        assertThat(elapsedMillis).isGreaterThanOrEqualTo(120);
        assertThat(server.operations()).containsExactly("serverVersion", "clientVersion", "authenticate",
                "sendRequestXML", "getLastError", "sendRequestXML", "getLastError", "sendRequestXML",
                "receiveResponseXML", "closeConnection");
        assertThat(server.calls("sendRequestXML").get(1).parameter("strHCPResponse")).isEmpty();
        assertThat(result.stopReason()).isEqualTo(StopReason.COMPLETED);
    }

    @Test
    void shouldCloseTheConnectionWhenTheNoOpBoundIsReached() {
        for (int i = 0; i < 10; i++) {
            server.answer("getLastError", "NoOp");
        }

        SessionResult result = connector().maxNoOps(3).build().runSession();

        assertThat(result.stopReason()).isEqualTo(StopReason.NOOP_LIMIT);
        assertThat(result.noOps()).isEqualTo(3);
        assertThat(result.callCount("sendRequestXML")).isEqualTo(4);
        assertThat(server.operations()).last().isEqualTo("closeConnection");
    }

    @Test
    void shouldCallGetLastErrorThenCloseWhenProgressIsNegative() {
        server.answer("sendRequestXML", QUERY).answer("receiveResponseXML", "-1")
                .answer("getLastError", "Sync failed: item locked");

        SessionResult result = connector().build().runSession();

        assertThat(server.operations()).endsWith("sendRequestXML", "receiveResponseXML", "getLastError",
                "closeConnection");
        assertThat(result.progressValues()).containsExactly(-1);
        assertThat(result.lastErrors()).containsExactly("Sync failed: item locked");
        assertThat(result.stopReason()).isEqualTo(StopReason.NEGATIVE_PROGRESS);
    }

    @Test
    void shouldLoopWhileProgressIsBelow100() {
        server.answer("sendRequestXML", QUERY, QUERY, QUERY).answer("receiveResponseXML", "0", "99", "100");

        SessionResult result = connector().build().runSession();

        assertThat(result.progressValues()).containsExactly(0, 99, 100);
        assertThat(result.callCount("closeConnection")).isEqualTo(1);
    }

    @Test
    void shouldCloseTheConnectionAtTheMessageBound() {
        server.answer("sendRequestXML", QUERY, QUERY, QUERY, QUERY).answer("receiveResponseXML", "10", "20", "30");

        SessionResult result = connector().maxMessages(2).build().runSession();

        assertThat(result.stopReason()).isEqualTo(StopReason.MESSAGE_LIMIT);
        assertThat(result.messagesExchanged()).isEqualTo(2);
        assertThat(server.operations()).last().isEqualTo("closeConnection");
    }

    // ----- authenticate answers and the company file

    @ParameterizedTest
    @ValueSource(strings = {"nvu", "busy"})
    void shouldStopWithoutFurtherCallsWhenAuthenticateRefuses(String answer) {
        server.answerAuthenticate("ticket-9", answer);

        SessionResult result = connector().build().runSession();

        assertThat(server.operations()).containsExactly("serverVersion", "clientVersion", "authenticate");
        assertThat(result.authenticateAnswer()).isEqualTo(answer);
        assertThat(result.closeMessage()).isNull();
        assertThat(result.stopReason()).isIn(StopReason.INVALID_USER, StopReason.BUSY);
    }

    @Test
    void shouldWaitOutThePostponeOfABusyAnswerAndStartTheUpdateAgain() {
        server.answerAuthenticate("ticket-busy", "busy", "30", "");
        List<Duration> waited = new ArrayList<>();

        SessionResult result = connector().retryWhenBusy(3, waited::add).build().runSession();

        assertThat(waited).containsExactly(Duration.ofSeconds(30));
        assertThat(result.postponesWaited()).containsExactly(Duration.ofSeconds(30));
        assertThat(server.operations()).startsWith("serverVersion", "clientVersion", "authenticate", "serverVersion",
                "clientVersion", "authenticate", "sendRequestXML");
        assertThat(result.ticket()).isEqualTo("ticket-1");
        assertThat(result.stopReason()).isNotEqualTo(StopReason.BUSY);
    }

    @Test
    void shouldStopBusyAfterTheBoundOfRetries() {
        server.answerAuthenticate("t1", "busy", "5", "").answerAuthenticate("t2", "busy", "5", "")
                .answerAuthenticate("t3", "busy", "5", "");
        List<Duration> waited = new ArrayList<>();

        SessionResult result = connector().retryWhenBusy(2, waited::add).build().runSession();

        assertThat(waited).hasSize(2);
        assertThat(server.calls("authenticate")).hasSize(3);
        assertThat(result.stopReason()).isEqualTo(StopReason.BUSY);
        assertThat(result.closeMessage()).isNull();
    }

    @Test
    void shouldNotRetryABusyAnswerWithoutPostpone() {
        server.answerAuthenticate("t1", "busy", "", "");
        List<Duration> waited = new ArrayList<>();

        SessionResult result = connector().retryWhenBusy(2, waited::add).build().runSession();

        assertThat(waited).isEmpty();
        assertThat(result.stopReason()).isEqualTo(StopReason.BUSY);
        assertThat(server.calls("authenticate")).hasSize(1);
    }

    @Test
    void shouldCloseTheConnectionWhenAuthenticateAnswersNone() {
        server.answerAuthenticate("ticket-2", "none", "", "");

        SessionResult result = connector().build().runSession();

        assertThat(server.operations()).containsExactly("serverVersion", "clientVersion", "authenticate",
                "closeConnection");
        assertThat(server.calls("closeConnection").get(0).parameter("ticket")).isEqualTo("ticket-2");
        assertThat(result.stopReason()).isEqualTo(StopReason.NO_WORK);
        assertThat(result.authenticateStrings()).containsExactly("ticket-2", "none", "", "");
    }

    @Test
    void shouldReportConnectionErrorWhenAuthenticateNamesAnotherCompanyFile() {
        server.answerAuthenticate("ticket-3", "C:\\Company Files\\Other.QBW");

        SessionResult result = connector().build().runSession();

        assertThat(server.operations()).containsExactly("serverVersion", "clientVersion", "authenticate",
                "connectionError", "closeConnection");
        FakeQbwcServer.RecordedCall connectionError = server.calls("connectionError").get(0);
        assertThat(connectionError.parameterNames()).containsExactly("ticket", "hresult", "message");
        assertThat(connectionError.parameter("ticket")).isEqualTo("ticket-3");
        assertThat(connectionError.parameter("hresult")).isEqualTo("0x80040408");
        assertThat(connectionError.parameter("message")).isEqualTo("Could not start QuickBooks.");
        assertThat(result.stopReason()).isEqualTo(StopReason.CONNECTION_ERROR);
        assertThat(result.connectionErrorAnswers()).containsExactly("done");
    }

    @Test
    void shouldUseTheOpenCompanyFileWhenConnectionErrorAnswersEmpty() {
        server.answerAuthenticate("ticket-4", "C:\\Other.QBW").answer("connectionError", "");

        SessionResult result = connector().build().runSession();

        assertThat(server.operations()).containsSubsequence("connectionError", "sendRequestXML");
        assertThat(result.stopReason()).isEqualTo(StopReason.LAST_ERROR);
    }

    @Test
    void shouldGiveUpAfterTheConnectionErrorBound() {
        server.answerAuthenticate("ticket-5", "C:\\Other.QBW")
                .answer("connectionError", "C:\\Else.QBW", "C:\\Still wrong.QBW", "C:\\Never.QBW");

        SessionResult result = connector().maxConnectionErrorRetries(2).build().runSession();

        assertThat(result.callCount("connectionError")).isEqualTo(2);
        assertThat(result.callCount("sendRequestXML")).isZero();
        assertThat(server.operations()).last().isEqualTo("closeConnection");
        assertThat(result.stopReason()).isEqualTo(StopReason.CONNECTION_ERROR);
    }

    @Test
    void shouldProceedWhenAuthenticateNamesTheOpenCompanyFile() {
        server.answerAuthenticate("ticket-6", COMPANY_FILE.toUpperCase()).answer("sendRequestXML", QUERY);

        SessionResult result = connector().build().runSession();

        assertThat(result.callCount("connectionError")).isZero();
        assertThat(result.stopReason()).isEqualTo(StopReason.COMPLETED);
    }

    @Test
    void shouldRefuseAnAuthenticateAnswerWithFewerThanTwoStrings() {
        server.answerAuthenticate("lonely-ticket");

        assertThatThrownBy(() -> connector().build().runSession())
                .isInstanceOf(WebConnectorException.class).hasMessageContaining("QBWC1012");
    }

    @ParameterizedTest
    @ValueSource(strings = {"E:Your QBWC is too old", "O:2.3.0.300"})
    void shouldStopWhenClientVersionAnswersAnErrorOrAnUpdate(String answer) {
        server.answer("clientVersion", answer);

        SessionResult result = connector().build().runSession();

        assertThat(server.operations()).containsExactly("serverVersion", "clientVersion");
        assertThat(result.stopReason()).isEqualTo(StopReason.CLIENT_VERSION_REJECTED);
        assertThat(result.clientVersionAnswer()).isEqualTo(answer);
    }

    @Test
    void shouldContinueAfterAClientVersionWarning() {
        server.answer("clientVersion", "W:Please update soon");

        SessionResult result = connector().build().runSession();

        assertThat(server.operations()).contains("authenticate", "sendRequestXML");
        assertThat(result.clientVersionAnswer()).isEqualTo("W:Please update soon");
    }

    // ----- fault injection

    @Test
    void shouldDisappearWithoutCloseConnectionWhenDroppedAfterMessages() {
        server.answer("sendRequestXML", QUERY, QUERY, QUERY).answer("receiveResponseXML", "30", "60", "90");

        SessionResult result = connector().dropAfterMessages(2).build().runSession();

        assertThat(result.dropped()).isTrue();
        assertThat(result.stopReason()).isEqualTo(StopReason.DROPPED);
        assertThat(result.messagesExchanged()).isEqualTo(2);
        assertThat(server.operations()).last().isEqualTo("receiveResponseXML");
        assertThat(server.operations()).doesNotContain("closeConnection");
        assertThat(result.closeMessage()).isNull();
    }

    @Test
    void shouldDisappearRightAfterAuthenticateWhenDroppedAfterZeroMessages() {
        SessionResult result = connector().dropAfterMessages(0).build().runSession();

        assertThat(server.operations()).containsExactly("serverVersion", "clientVersion", "authenticate");
        assertThat(result.dropped()).isTrue();
    }

    @Test
    void shouldDisappearAfterQuickBooksProcessedAMessageButBeforeTheResponse() {
        server.answer("sendRequestXML", ITEM_ADD);

        SessionResult result = connector().dropBeforeResponseToMessage(1).build().runSession();

        assertThat(company.findItem("WID-100")).isPresent();
        assertThat(server.operations()).last().isEqualTo("sendRequestXML");
        assertThat(result.dropped()).isTrue();
        assertThat(result.messagesExchanged()).isEqualTo(1);
    }

    @Test
    void shouldCompleteNormallyWithoutFaults() {
        server.answer("sendRequestXML", QUERY, QUERY).answer("receiveResponseXML", "50", "100");
        SandboxWebConnector crashing = connector().dropAfterMessages(1).build();

        SessionResult crashed = crashing.runSession();
        SessionResult healthy = crashing.withoutFaults().runSession();

        assertThat(crashed.dropped()).isTrue();
        assertThat(healthy.completed()).isTrue();
    }

    @Test
    void shouldSendAnInjectedHresultInsteadOfAskingQuickBooks() {
        server.answer("sendRequestXML", ITEM_ADD, QUERY).answer("receiveResponseXML", "50", "100");

        connector().hresultOnMessage(1, "0x80040400", "QuickBooks found an error when parsing the provided XML "
                + "text stream.").build().runSession();

        List<FakeQbwcServer.RecordedCall> receives = server.calls("receiveResponseXML");
        assertThat(receives.get(0).parameter("response")).isEmpty();
        assertThat(receives.get(0).parameter("hresult")).isEqualTo("0x80040400");
        assertThat(receives.get(0).parameter("message")).startsWith("QuickBooks found an error");
        assertThat(receives.get(1).parameter("hresult")).isEmpty();
        assertThat(receives.get(1).parameter("response")).contains("ItemInventoryQueryRs");
        assertThat(company.findItem("WID-100")).isEmpty();
        assertThat(company.messageCount()).isEqualTo(1);
    }

    @Test
    void shouldReportAMessageQuickBooksCannotParseAsHresult() {
        server.answer("sendRequestXML", MALFORMED);

        connector().build().runSession();

        FakeQbwcServer.RecordedCall receive = server.calls("receiveResponseXML").get(0);
        assertThat(receive.parameter("response")).isEmpty();
        assertThat(receive.parameter("hresult")).isEqualTo("0x80040400");
        assertThat(receive.parameter("message"))
                .isEqualTo("QuickBooks found an error when parsing the provided XML text stream.");
    }

    @Test
    void shouldEndTheQuickBooksSessionSoIteratorsDoNotOutliveIt() {
        server.answer("sendRequestXML", ITERATOR_START).answer("receiveResponseXML", "100");

        connector().build().runSession();

        assertThat(server.calls("receiveResponseXML").get(0).parameter("response"))
                .contains("iteratorRemainingCount=\"1\"");
        assertThat(company.openIteratorCount()).isZero();
    }

    // ----- wire format

    @Test
    void shouldSendQbwcHeadersAndTheIntuitNamespaceOnEveryCall() {
        server.answer("sendRequestXML", QUERY).answer("receiveResponseXML", "-5").answer("getLastError", "stop");

        connector().build().runSession();

        assertThat(server.calls()).hasSize(7);
        for (FakeQbwcServer.RecordedCall call : server.calls()) {
            assertThat(call.soapAction()).isEqualTo("\"http://developer.intuit.com/" + call.operation() + "\"");
            assertThat(call.contentType()).isEqualTo("text/xml; charset=utf-8");
            assertThat(call.bodyNamespace()).isEqualTo("http://developer.intuit.com/");
            assertThat(call.bodyPrefix()).isNull();
            assertThat(call.parameterNamespaces()).allMatch("http://developer.intuit.com/"::equals);
            assertThat(call.parameterPrefixes()).allMatch(prefix -> prefix == null);
        }
        assertThat(server.calls("serverVersion").get(0).parameterNames()).isEmpty();
        assertThat(server.calls("receiveResponseXML").get(0).parameterNames())
                .containsExactly("ticket", "response", "hresult", "message");
    }

    @Test
    void shouldCountTheHttpBodyBytesExactly() {
        server.answer("sendRequestXML", ITEM_ADD, QUERY).answer("receiveResponseXML", "50", "100");

        SessionResult result = connector().build().runSession();

        assertThat(result.bytesSent()).isEqualTo(server.requestBytes()).isGreaterThan(1000);
        assertThat(result.bytesReceived()).isEqualTo(server.responseBytes()).isGreaterThan(ITEM_ADD.length());
    }

    // ----- unusable answers

    @Test
    void shouldThrowTheFaultStringWhenTheServerAnswersASoapFault() {
        server.answerFault("authenticate", "Database unavailable");

        assertThatThrownBy(() -> connector().build().runSession())
                .isInstanceOfSatisfying(SoapFaultException.class, fault -> {
                    assertThat(fault.operation()).isEqualTo("authenticate");
                    assertThat(fault.faultString()).isEqualTo("Database unavailable");
                    assertThat(fault.faultCode()).isEqualTo("soap:Server");
                    assertThat(fault.httpStatus()).isEqualTo(500);
                });
    }

    @Test
    void shouldRefuseAnAnswerWithADoctype() {
        server.answerRaw("serverVersion", 200, "text/xml; charset=utf-8", """
                <?xml version="1.0"?>
                <!DOCTYPE e [<!ENTITY x SYSTEM "file:///etc/hostname">]>
                <soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Body>
                <serverVersionResponse xmlns="http://developer.intuit.com/">
                <serverVersionResult>&x;</serverVersionResult></serverVersionResponse>
                </soap:Body></soap:Envelope>""");

        assertThatThrownBy(() -> connector().build().runSession())
                .isInstanceOf(WebConnectorException.class).hasMessageContaining("DOCTYPE");
    }

    @Test
    void shouldRefuseASoap12Answer() {
        server.answerRaw("serverVersion", 200, "application/soap+xml; charset=utf-8", """
                <?xml version="1.0"?>
                <env:Envelope xmlns:env="http://www.w3.org/2003/05/soap-envelope"><env:Body>
                <serverVersionResponse xmlns="http://developer.intuit.com/">
                <serverVersionResult>1</serverVersionResult></serverVersionResponse>
                </env:Body></env:Envelope>""");

        assertThatThrownBy(() -> connector().build().runSession())
                .isInstanceOf(WebConnectorException.class).hasMessageContaining("text/xml");
    }

    @Test
    void shouldRefuseAnAnswerInAnotherNamespace() {
        server.answerRaw("serverVersion", 200, "text/xml", """
                <?xml version="1.0"?>
                <soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Body>
                <serverVersionResponse xmlns="http://example.com/qbwc">
                <serverVersionResult>1</serverVersionResult></serverVersionResponse>
                </soap:Body></soap:Envelope>""");

        assertThatThrownBy(() -> connector().build().runSession())
                .isInstanceOf(WebConnectorException.class).hasMessageContaining("http://developer.intuit.com/");
    }

    @Test
    void shouldRefuseAProgressThatIsNotAnInteger() {
        server.answer("sendRequestXML", QUERY).answer("receiveResponseXML", "50.5");

        assertThatThrownBy(() -> connector().build().runSession())
                .isInstanceOf(WebConnectorException.class).hasMessageContaining("50.5");
    }

    @Test
    void shouldReturnTheRawResponseBodyForAHandWrittenEnvelope() {
        String envelope = """
                <?xml version="1.0" encoding="utf-8"?>
                <soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Body>
                <getLastError xmlns="http://developer.intuit.com/"><ticket>unknown</ticket></getLastError>
                </soap:Body></soap:Envelope>""";
        server.answer("getLastError", "Bad ticket.");

        RawResponse response = connector().build().postRawExchange("getLastError", envelope);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("text/xml");
        assertThat(response.body()).contains("<getLastErrorResult>Bad ticket.</getLastErrorResult>");
        assertThat(server.calls("getLastError").get(0).parameter("ticket")).isEqualTo("unknown");
        assertThat(server.calls("getLastError").get(0).soapAction()).isEqualTo("\"http://developer.intuit.com/getLastError\"");
    }
}
