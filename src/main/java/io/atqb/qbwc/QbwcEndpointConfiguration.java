package io.atqb.qbwc;

import io.atqb.qbwc.soap.QBWebConnectorSvcSoap;
import io.atqb.qbxml.QbxmlResponseReader;
import io.atqb.qbxml.QbxmlWriter;
import javax.xml.namespace.QName;
import org.apache.camel.component.cxf.common.DataFormat;
import org.apache.camel.component.cxf.jaxws.CxfEndpoint;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The QBWC SOAP endpoint: WSDL-first (the service interface is generated from
 * wsdl/QBWebConnectorSvc.wsdl into target/), served by the CXF servlet at {@code cxf.path} = /qbwc.
 */
@Configuration(proxyBeanMethods = false)
class QbwcEndpointConfiguration {

    static final String NAMESPACE = "http://developer.intuit.com/";

    @Bean
    CxfEndpoint qbwcEndpoint() {
        CxfEndpoint endpoint = new CxfEndpoint();
        endpoint.setAddress("/");
        endpoint.setServiceClass(QBWebConnectorSvcSoap.class);
        endpoint.setWsdlURL("classpath:wsdl/QBWebConnectorSvc.wsdl");
        endpoint.setServiceNameAsQName(new QName(NAMESPACE, "QBWebConnectorSvc"));
        endpoint.setPortNameAsQName(new QName(NAMESPACE, "QBWebConnectorSvcSoap"));
        endpoint.setDataFormat(DataFormat.POJO);
        endpoint.getInInterceptors().add(new SoapBodyOperationCheck());
        return endpoint;
    }

    @Bean
    FilterRegistrationBean<RequestSizeLimitFilter> qbwcRequestSizeLimit(QbwcProperties properties) {
        FilterRegistrationBean<RequestSizeLimitFilter> registration =
                new FilterRegistrationBean<>(new RequestSizeLimitFilter(properties.maxRequestBytes()));
        registration.addUrlPatterns("/qbwc", "/qbwc/*");
        registration.setName("qbwcRequestSizeLimit");
        return registration;
    }

    @Bean
    FilterRegistrationBean<QbwcMethodFilter> qbwcMethods() {
        FilterRegistrationBean<QbwcMethodFilter> registration = new FilterRegistrationBean<>(new QbwcMethodFilter());
        registration.addUrlPatterns("/qbwc", "/qbwc/*");
        registration.setName("qbwcMethods");
        return registration;
    }

    @Bean
    QbxmlWriter qbxmlWriter() {
        return new QbxmlWriter();
    }

    @Bean
    QbxmlResponseReader qbxmlResponseReader() {
        return new QbxmlResponseReader();
    }
}
