package io.atqb.qbwc;

import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/**
 * The CXF consumer route QBWC polls. Each SOAP operation is dispatched by name to the adapter, which
 * unpacks the parameters and calls the typed QBWC service. The request's headers are dropped before the
 * answer, which would otherwise carry them back to the caller as HTTP headers.
 */
@Component
class QbwcSoapRoute extends RouteBuilder {

    static final String ROUTE_ID = "qbwc-soap";

    @Override
    public void configure() {
        from("cxf:bean:qbwcEndpoint")
                .routeId(ROUTE_ID)
                .bean(QbwcSoapAdapter.class, "invoke")
                .removeHeaders("*");
    }
}
