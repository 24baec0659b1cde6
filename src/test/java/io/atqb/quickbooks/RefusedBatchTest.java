package io.atqb.quickbooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.atqb.qbxml.QbxmlStatus;
import java.util.List;
import org.junit.jupiter.api.Test;

class RefusedBatchTest {

    static final QbxmlStatus BAD_LINE = new QbxmlStatus(3140, "Error", "invalid reference");
    static final QbxmlStatus LOCKED = new QbxmlStatus(3176, "Error", "could not be locked");
    static final QbxmlStatus OK = new QbxmlStatus(0, "Info", "Status OK");

    @Test
    void shouldSplitARefusedRequestOfTwoOrMoreLines() {
        assertThat(RefusedBatch.split(BAD_LINE, 2)).isTrue();
        assertThat(RefusedBatch.split(BAD_LINE, 1)).isFalse();
    }

    @Test
    void shouldNotSplitWhenQuickBooksWasOnlyBusyOrAcceptedTheRequest() {
        assertThat(RefusedBatch.split(LOCKED, 5)).isFalse();
        assertThat(RefusedBatch.split(OK, 5)).isFalse();
    }

    @Test
    void shouldHalveTheLinesWithTheSmallerHalfFirst() {
        assertThat(RefusedBatch.halves(List.of(1, 2))).containsExactly(List.of(1), List.of(2));
        assertThat(RefusedBatch.halves(List.of(1, 2, 3))).containsExactly(List.of(1), List.of(2, 3));
        assertThat(RefusedBatch.halves(List.of(1, 2, 3, 4))).containsExactly(List.of(1, 2), List.of(3, 4));
    }

    @Test
    void shouldRefuseToHalveASingleLine() {
        assertThatThrownBy(() -> RefusedBatch.halves(List.of(1))).isInstanceOf(IllegalArgumentException.class);
    }
}
