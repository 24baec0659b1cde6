package io.atqb.qbwc;

import io.atqb.qbwc.soap.ArrayOfString;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.UUID;
import org.apache.camel.Body;
import org.apache.camel.Header;
import org.apache.camel.component.cxf.common.message.CxfConstants;
import org.apache.cxf.binding.soap.SoapFault;
import org.apache.cxf.message.Message;
import org.apache.cxf.message.MessageContentsList;
import org.apache.cxf.transport.http.AbstractHTTPDestination;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Unpacks each QBWC operation's SOAP parameters (POJO mode: a MessageContentsList in WSDL order) and
 * calls {@link QbwcService}. An unexpected failure becomes a SOAP fault with a reference, never a stack trace.
 */
@Component
class QbwcSoapAdapter {

    private static final Logger LOG = LoggerFactory.getLogger(QbwcSoapAdapter.class);

    private final QbwcService service;

    QbwcSoapAdapter(QbwcService service) {
        this.service = service;
    }

    public Object invoke(@Header(CxfConstants.OPERATION_NAME) String operation,
                         @Header(CxfConstants.CAMEL_CXF_MESSAGE) Message cxfMessage, @Body MessageContentsList params) {
        try {
            return dispatch(operation, params, cxfMessage);
        } catch (RuntimeException e) {
            String reference = UUID.randomUUID().toString().substring(0, 8);
            LOG.error("QBWC operation {} failed (reference {})", operation, reference, e);
            throw new SoapFault("atqb-sync could not process " + operation + " (reference " + reference
                    + "); see the service log", SoapFault.FAULT_CODE_SERVER);
        }
    }

    private Object dispatch(String operation, MessageContentsList params, Message cxfMessage) {
        return switch (operation) {
            case "serverVersion" -> service.serverVersion();
            case "clientVersion" -> service.clientVersion(text(params, 0));
            case "authenticate" -> strings(service.authenticate(text(params, 0), text(params, 1),
                    clientAddress(cxfMessage)));
            case "sendRequestXML" -> service.sendRequestXML(text(params, 0), text(params, 1), text(params, 2),
                    text(params, 3), number(params, 4), number(params, 5));
            case "receiveResponseXML" -> service.receiveResponseXML(text(params, 0), text(params, 1),
                    text(params, 2), text(params, 3));
            case "connectionError" -> service.connectionError(text(params, 0), text(params, 1), text(params, 2));
            case "getLastError" -> service.getLastError(text(params, 0));
            case "closeConnection" -> service.closeConnection(text(params, 0));
            case "getInteractiveURL" -> service.interactiveURL();
            case "interactiveDone" -> service.interactiveDone();
            case "interactiveRejected" -> service.interactiveRejected(text(params, 1));
            default -> throw new SoapFault("Unknown operation " + operation, SoapFault.FAULT_CODE_CLIENT);
        };
    }

    /** The address the call came from (the servlet request's remote address), or "unknown". */
    static String clientAddress(Message cxfMessage) {
        Object request = cxfMessage == null ? null : cxfMessage.get(AbstractHTTPDestination.HTTP_REQUEST);
        return request instanceof HttpServletRequest http && http.getRemoteAddr() != null ? http.getRemoteAddr()
                : "unknown";
    }

    private static ArrayOfString strings(List<String> values) {
        ArrayOfString array = new ArrayOfString();
        array.getString().addAll(values);
        return array;
    }

    private static String text(MessageContentsList params, int index) {
        Object value = params == null || index >= params.size() ? null : params.get(index);
        return value == null ? null : value.toString();
    }

    private static int number(MessageContentsList params, int index) {
        Object value = params == null || index >= params.size() ? null : params.get(index);
        return value instanceof Number n ? n.intValue() : 0;
    }
}
