package io.atqb.qbwc;

import org.apache.cxf.binding.soap.Soap11;
import org.apache.cxf.binding.soap.SoapFault;
import org.apache.cxf.message.Message;
import org.apache.cxf.phase.AbstractPhaseInterceptor;
import org.apache.cxf.phase.Phase;
import org.apache.cxf.service.model.BindingOperationInfo;

/**
 * Refuses a request whose SOAP body holds no operation element (an empty or blank {@code soap:Body}) with a client
 * fault, before anything is invoked. CXF would otherwise take the operation from the SOAPAction header, call it with no
 * parameters and then fail on its answer with a server fault that names internal classes.
 */
class SoapBodyOperationCheck extends AbstractPhaseInterceptor<Message> {

    static final String NO_OPERATION = "The SOAP body holds no QBWC operation (an element such as authenticate in the"
            + " namespace http://developer.intuit.com/)";

    SoapBodyOperationCheck() {
        super(Phase.PRE_INVOKE);
    }

    @Override
    public void handleMessage(Message message) {
        BindingOperationInfo operation = message.getExchange().getBindingOperationInfo();
        // a wrapper element in the body makes CXF switch to the unwrapped operation (parameters one by one)
        if (operation == null || (operation.isUnwrappedCapable() && !operation.isUnwrapped())) {
            throw new SoapFault(NO_OPERATION, Soap11.getInstance().getSender());
        }
    }
}
