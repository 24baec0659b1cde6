package io.atqb.qbxml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class QbxmlVersionTest {

    @Test
    void shouldRoundTripTextWhenParsing() {
        assertThat(QbxmlVersion.parse("13.0")).isEqualTo(QbxmlVersion.V13_0).hasToString("13.0");
        assertThat(QbxmlVersion.parse("2.1")).isEqualTo(new QbxmlVersion(2, 1));
    }

    @Test
    void shouldCompareNumericallyWhenVersionsHaveDifferentDigitCounts() {
        QbxmlVersion v9 = QbxmlVersion.parse("9.0");
        QbxmlVersion v16 = QbxmlVersion.parse("16.0");

        assertThat(v9).isLessThan(v16);
        assertThat(QbxmlVersion.parse("13.1")).isGreaterThan(QbxmlVersion.V13_0);
        assertThat(v16.min(QbxmlVersion.V13_0)).isEqualTo(QbxmlVersion.V13_0);
        assertThat(v9.min(QbxmlVersion.V13_0)).isEqualTo(v9);
    }

    @Test
    void shouldRejectWhenTextIsNotMajorDotMinor() {
        assertThatThrownBy(() -> QbxmlVersion.parse("UK2.0"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'UK2.0'");
        assertThatThrownBy(() -> QbxmlVersion.parse("13")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> QbxmlVersion.parse(null)).isInstanceOf(IllegalArgumentException.class);
    }
}
