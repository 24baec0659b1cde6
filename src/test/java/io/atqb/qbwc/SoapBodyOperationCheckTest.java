package io.atqb.qbwc;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import org.apache.cxf.binding.soap.SoapFault;
import org.apache.cxf.message.Exchange;
import org.apache.cxf.message.Message;
import org.apache.cxf.service.model.BindingOperationInfo;
import org.junit.jupiter.api.Test;

class SoapBodyOperationCheckTest {

    private final SoapBodyOperationCheck check = new SoapBodyOperationCheck();

    private static Message message(BindingOperationInfo operation) {
        Message message = mock(Message.class);
        Exchange exchange = mock(Exchange.class);
        when(message.getExchange()).thenReturn(exchange);
        when(exchange.getBindingOperationInfo()).thenReturn(operation);
        return message;
    }

    private static BindingOperationInfo operation(boolean unwrappedCapable, boolean unwrapped) {
        BindingOperationInfo operation = mock(BindingOperationInfo.class);
        when(operation.isUnwrappedCapable()).thenReturn(unwrappedCapable);
        when(operation.isUnwrapped()).thenReturn(unwrapped);
        return operation;
    }

    @Test
    void shouldRefuseABodyWithoutAnyOperation() {
        assertThatThrownBy(() -> check.handleMessage(message(null)))
                .isInstanceOf(SoapFault.class).hasMessage(SoapBodyOperationCheck.NO_OPERATION);
    }

    @Test
    void shouldRefuseAnOperationTakenFromTheSoapActionAlone() {
        assertThatThrownBy(() -> check.handleMessage(message(operation(true, false))))
                .isInstanceOf(SoapFault.class)
                .satisfies(e -> org.assertj.core.api.Assertions.assertThat(((SoapFault) e).getFaultCode())
                        .isEqualTo(org.apache.cxf.binding.soap.Soap11.getInstance().getSender()));
    }

    @Test
    void shouldLetAnOperationWithItsWrapperElementThrough() {
        assertThatCode(() -> check.handleMessage(message(operation(true, true)))).doesNotThrowAnyException();
        assertThatCode(() -> check.handleMessage(message(operation(false, false)))).doesNotThrowAnyException();
    }
}
