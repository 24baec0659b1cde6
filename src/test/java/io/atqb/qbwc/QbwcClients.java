package io.atqb.qbwc;

import io.atqb.qbwc.soap.QBWebConnectorSvcSoap;
import org.apache.cxf.jaxws.JaxWsProxyFactoryBean;

/** A JAX-WS client of the QBWC endpoint, generated from the same WSDL QBWC follows. */
public final class QbwcClients {

    private QbwcClients() {
    }

    public static QBWebConnectorSvcSoap client(int port) {
        JaxWsProxyFactoryBean factory = new JaxWsProxyFactoryBean();
        factory.setServiceClass(QBWebConnectorSvcSoap.class);
        factory.setAddress("http://127.0.0.1:" + port + "/qbwc");
        return (QBWebConnectorSvcSoap) factory.create();
    }
}
