package io.atqb.qbxml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class QbxmlHostResponseTest {

    private final QbxmlResponseReader reader = new QbxmlResponseReader();

    @Test
    void shouldReadHostAndCompanyWhenQbwcSendsTheFirstHcpResponse() {
        HostInfo host = reader.readHostResponse(QbxmlFixtures.load("host-query-rs.xml"));

        assertThat(host.productName()).isEqualTo("QuickBooks Enterprise Solutions: Manufacturing and Wholesale 24.0");
        assertThat(host.majorVersion()).isEqualTo("34");
        assertThat(host.country()).isEqualTo("US");
        assertThat(host.fileMode()).isEqualTo("MultiUser");
        assertThat(host.companyName()).isEqualTo("Acme Café & Co");
        assertThat(host.supportedVersions()).containsExactly(QbxmlVersion.parse("1.0"), QbxmlVersion.parse("2.1"),
                QbxmlVersion.parse("9.0"), QbxmlVersion.parse("16.0"), QbxmlVersion.V13_0);
    }

    @Test
    void shouldPickTheNumericallyHighestVersionWhenNegotiating() {
        HostInfo host = reader.readHostResponse(QbxmlFixtures.load("host-query-rs.xml"));

        assertThat(host.highestSupported()).isEqualTo(new QbxmlVersion(16, 0));
        assertThat(host.highestSupported().min(QbxmlVersion.V13_0)).isEqualTo(QbxmlVersion.V13_0);
    }

    @Test
    void shouldRefuseWhenResponseHasNoHostRet() {
        String xml = "<?xml version=\"1.0\" ?><QBXML><QBXMLMsgsRs><HostQueryRs requestID=\"0\" statusCode=\"1000\" "
                + "statusSeverity=\"Error\"/></QBXMLMsgsRs></QBXML>";

        assertThatThrownBy(() -> reader.readHostResponse(xml))
                .isInstanceOf(QbxmlParseException.class)
                .hasMessageContaining("no HostQueryRs/HostRet");
    }

    @Test
    void shouldRefuseWhenHostResponseDeclaresADoctype() {
        String xml = "<?xml version=\"1.0\" ?><!DOCTYPE QBXML SYSTEM \"http://127.0.0.1:9/x.dtd\"><QBXML/>";

        assertThatThrownBy(() -> reader.readHostResponse(xml))
                .isInstanceOf(QbxmlParseException.class)
                .hasMessage("qbXML response refused: DOCTYPE declarations are not allowed");
    }

    @Test
    void shouldFailClearlyWhenNoNumericVersionWasReported() {
        HostInfo host = new HostInfo("QuickBooks UK", "20", "UK", List.of(), "SingleUser", "Acme Ltd");

        assertThatThrownBy(host::highestSupported)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("reported no numeric qbXML version");
    }
}
