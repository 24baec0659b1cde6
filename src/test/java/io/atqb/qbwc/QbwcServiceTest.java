package io.atqb.qbwc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import io.atqb.operations.OperationsRecorder;
import io.atqb.system.SignInThrottle;
import java.util.List;
import org.junit.jupiter.api.Test;

class QbwcServiceTest {

    private final QbwcSessions sessions = mock(QbwcSessions.class);
    private final QbwcOutbox outbox = mock(QbwcOutbox.class);
    private final QbwcInbox inbox = mock(QbwcInbox.class);
    private final SignInThrottle throttle = mock(SignInThrottle.class);
    private final QbwcService service = new QbwcService(sessions, outbox, inbox, mock(OperationsRecorder.class),
            throttle, new Tickets());

    @Test
    void shouldHandEachOperationToThePartThatOwnsItsRule() {
        when(sessions.authenticate("u", "p")).thenReturn(List.of("t", "none", "", ""));
        when(outbox.sendRequestXML("t", "hcp", "file", "US", 13, 0)).thenReturn("<QBXML/>");
        when(inbox.receiveResponseXML("t", "<r/>", "", "")).thenReturn(42);
        when(sessions.connectionError("t", "0x1", "m")).thenReturn("done");
        when(sessions.getLastError("t")).thenReturn("NoOp");
        when(sessions.closeConnection("t")).thenReturn("summary");
        when(sessions.expireSessions()).thenReturn(3);

        assertThat(service.authenticate("u", "p", "10.0.0.1")).containsExactly("t", "none", "", "");
        assertThat(service.sendRequestXML("t", "hcp", "file", "US", 13, 0)).isEqualTo("<QBXML/>");
        assertThat(service.receiveResponseXML("t", "<r/>", "", "")).isEqualTo(42);
        assertThat(service.connectionError("t", "0x1", "m")).isEqualTo("done");
        assertThat(service.getLastError("t")).isEqualTo("NoOp");
        assertThat(service.closeConnection("t")).isEqualTo("summary");
        assertThat(service.expireSessions()).isEqualTo(3);
    }

    @Test
    void shouldAnswerTheFixedProtocolStrings() {
        assertThat(service.serverVersion()).isEqualTo("atqb-sync dev");
        assertThat(service.clientVersion("2.3.0.215")).isEmpty();
        assertThat(service.interactiveURL()).isEmpty();
        assertThat(service.interactiveDone()).isEqualTo("Done");
        assertThat(service.interactiveRejected("no")).isEqualTo("Interactive mode is not used by atqb-sync");
    }
}
