package io.atqb.autotask;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Failure classification at its status edges, and the query filters as Autotask reads them. */
class AutotaskFailureEdgesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void shouldRetryFromStatus500AndRejectStatus499() {
        assertThat(AutotaskFailureKind.classify(500, List.of("Internal error"))).isEqualTo(AutotaskFailureKind.SERVER_ERROR);
        assertThat(AutotaskFailureKind.classify(499, List.of("Internal error"))).isEqualTo(AutotaskFailureKind.REJECTED);
        assertThat(AutotaskFailureKind.classify(500, List.of())).isEqualTo(AutotaskFailureKind.SERVER_ERROR);
    }

    @Test
    void shouldNeverRetryRejectedOrMalformedAnswers() {
        assertThat(AutotaskFailureKind.REJECTED.retryable()).isFalse();
        assertThat(AutotaskFailureKind.MALFORMED.retryable()).isFalse();
        assertThat(AutotaskFailureKind.THROTTLED.retryable()).isTrue();
        assertThat(AutotaskFailureKind.SERVER_ERROR.retryable()).isTrue();
        assertThat(AutotaskFailureKind.TRANSPORT.retryable()).isTrue();
        assertThat(AutotaskFailureKind.UNAUTHORIZED.retryable()).isTrue();
    }

    @Test
    void shouldWriteConditionsAndGroupsInTheOrderAutotaskExpects() throws Exception {
        AutotaskFilter filter = AutotaskFilter.or(List.of(
                AutotaskFilter.and(List.of(AutotaskFilter.eq("isActive", true), AutotaskFilter.gte("id", 10))),
                AutotaskFilter.noteq("sku", "x")));

        assertThat(JSON.writeValueAsString(filter)).isEqualTo("{\"op\":\"or\",\"items\":["
                + "{\"op\":\"and\",\"items\":[{\"op\":\"eq\",\"field\":\"isActive\",\"value\":true},"
                + "{\"op\":\"gte\",\"field\":\"id\",\"value\":10}]},"
                + "{\"op\":\"noteq\",\"field\":\"sku\",\"value\":\"x\"}]}");
    }
}
