package io.atqb.qbwc;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class QbwcMethodFilterTest {

    private final QbwcMethodFilter filter = new QbwcMethodFilter();

    private MockHttpServletResponse call(String method, String query, MockFilterChain chain) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest(method, "/qbwc");
        request.setQueryString(query);
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request, response, chain);
        return response;
    }

    private boolean passes(String method, String query) throws Exception {
        MockFilterChain chain = new MockFilterChain();
        call(method, query, chain);
        return chain.getRequest() != null;
    }

    @Test
    void shouldLetPostThroughWhateverItsQuery() throws Exception {
        assertThat(passes("POST", null)).isTrue();
        assertThat(passes("POST", "x=1")).isTrue();
    }

    @Test
    void shouldLetGetAndHeadThroughOnlyWhenAskingForTheWsdlOrASchema() throws Exception {
        assertThat(passes("GET", "wsdl")).isTrue();
        assertThat(passes("GET", "WSDL")).isTrue();
        assertThat(passes("GET", "a=1&xsd=qbwc.xsd")).isTrue();
        assertThat(passes("HEAD", "wsdl=")).isTrue();
        assertThat(passes("GET", null)).isFalse();
        assertThat(passes("GET", "wsdlx")).isFalse();
        assertThat(passes("GET", "x=wsdl")).isFalse();
        assertThat(passes("HEAD", "")).isFalse();
    }

    @Test
    void shouldAnswer405WithTheAllowHeaderAndAReasonToAnythingElse() throws Exception {
        MockFilterChain chain = new MockFilterChain();
        MockHttpServletResponse response = call("PUT", "wsdl", chain);

        assertThat(chain.getRequest()).isNull();
        assertThat(response.getStatus()).isEqualTo(405);
        assertThat(response.getHeader("Allow")).isEqualTo("POST, GET");
        assertThat(response.getContentType()).startsWith("text/plain");
        assertThat(response.getContentAsString()).isEqualTo(QbwcMethodFilter.REFUSAL);
    }

    @Test
    void shouldAnswerARefusedHeadWithoutABody() throws Exception {
        MockHttpServletResponse response = call("HEAD", null, new MockFilterChain());

        assertThat(response.getStatus()).isEqualTo(405);
        assertThat(response.getHeader("Allow")).isEqualTo("POST, GET");
        assertThat(response.getContentAsByteArray()).isEmpty();
    }
}
