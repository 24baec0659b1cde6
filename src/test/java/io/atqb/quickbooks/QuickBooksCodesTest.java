package io.atqb.quickbooks;

import static org.assertj.core.api.Assertions.assertThat;

import io.atqb.qbxml.QbxmlStatus;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class QuickBooksCodesTest {

    static QbxmlStatus error(int code) {
        return new QbxmlStatus(code, "Error", "refused");
    }

    @ParameterizedTest(name = "status {0}")
    @ValueSource(ints = {3170, 3175, 3176, 3180})
    void shouldCallTheLockAndBusyCodesBusy(int code) {
        assertThat(QuickBooksCodes.isBusy(error(code))).isTrue();
        assertThat(Refusal.of("Refused", error(code)).retry()).isTrue();
    }

    @ParameterizedTest(name = "status {0}")
    @ValueSource(ints = {0, 1, 3100, 3140, 3169, 3171, 3174, 3177, 3179, 3181, 3200})
    void shouldCallEveryOtherCodeNotBusy(int code) {
        assertThat(QuickBooksCodes.isBusy(error(code))).isFalse();
        assertThat(Refusal.of("Refused", error(code)).retry()).isFalse();
    }

    @ParameterizedTest(name = "status {0}")
    @ValueSource(ints = {3099, 3101, 3180})
    void shouldKnowTheNameIsInUseOnlyFrom3100(int code) {
        assertThat(QuickBooksCodes.isNameInUse(error(code))).isFalse();
        assertThat(QuickBooksCodes.isNameInUse(error(QuickBooksCodes.NAME_IN_USE))).isTrue();
    }

    @ParameterizedTest(name = "status {0}")
    @ValueSource(ints = {3140, 3176})
    void shouldTellWhatWasRefusedInQuickBooksOwnWords(int code) {
        Refusal refusal = Refusal.of("QuickBooks refused the thing", new QbxmlStatus(code, "Error", "It said no"));

        assertThat(refusal.message()).startsWith("QuickBooks refused the thing")
                .contains("QuickBooks status " + code + ": It said no");
    }

    @ParameterizedTest(name = "status {0}")
    @ValueSource(ints = {3199, 3201, 3180})
    void shouldKnowTheEditSequenceIsStaleOnlyFrom3200(int code) {
        assertThat(QuickBooksCodes.isStaleEditSequence(error(code))).isFalse();
        assertThat(QuickBooksCodes.isStaleEditSequence(error(QuickBooksCodes.STALE_EDIT_SEQUENCE))).isTrue();
    }

    @ParameterizedTest(name = "status {0}")
    @ValueSource(ints = {0, 1, 500})
    void shouldCallAQueryWithAllSomeOrNoResultsAnswered(int code) {
        assertThat(QuickBooksCodes.isAnswered(new QbxmlStatus(code, code == 500 ? "Warn" : "Info", "m"))).isTrue();
    }

    @ParameterizedTest(name = "status {0}")
    @ValueSource(ints = {2, 499, 501, 3120, 3175})
    void shouldNotCallAFailedQueryAnswered(int code) {
        assertThat(QuickBooksCodes.isAnswered(error(code))).isFalse();
    }
}
