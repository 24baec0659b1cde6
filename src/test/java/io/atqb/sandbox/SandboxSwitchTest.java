package io.atqb.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SandboxSwitchTest {

    private static final String DATA = "./data";
    private static final String DEFAULT_URL = "jdbc:h2:file:./data/atqb";

    @Test
    void shouldSwitchOnWithItsOwnFileWhenNoAutotaskUserAndTheDefaultDatasource() {
        SandboxSwitch decision = SandboxSwitch.decide("", "", DEFAULT_URL, DATA);

        assertThat(decision.active()).isTrue();
        assertThat(decision.ownDatabaseUrl()).hasValue("jdbc:h2:file:./data/atqb-sandbox");
    }

    @Test
    void shouldKeepTheDefaultUrlsH2OptionsOnItsOwnFile() {
        SandboxSwitch decision = SandboxSwitch.decide(null, " ", DEFAULT_URL + ";WRITE_DELAY=0", DATA);

        assertThat(decision.ownDatabaseUrl()).hasValue("jdbc:h2:file:./data/atqb-sandbox;WRITE_DELAY=0");
    }

    @Test
    void shouldFindTheDefaultInAnotherDataDirectoryWrittenWithATrailingSlash() {
        SandboxSwitch decision = SandboxSwitch.decide("", "", "jdbc:h2:file:/tmp/x/atqb", "/tmp/x/");

        assertThat(decision.ownDatabaseUrl()).hasValue("jdbc:h2:file:/tmp/x/atqb-sandbox");
    }

    @Test
    void shouldStayOffWhenAnAutotaskUserIsConfigured() {
        SandboxSwitch decision = SandboxSwitch.decide("", "api@example.com", DEFAULT_URL, DATA);

        assertThat(decision.active()).isFalse();
        assertThat(decision.ownDatabaseUrl()).isEmpty();
        assertThat(decision.reason()).contains("AUTOTASK_USERNAME is set");
    }

    @ParameterizedTest
    @ValueSource(strings = {"jdbc:postgresql://db.example:5432/atqb", "jdbc:h2:file:/srv/atqb/data/atqb",
            "jdbc:h2:file:./data/atqb2", "jdbc:h2:file:./data/atqb-sandbox", "jdbc:h2:mem:atqb",
            "jdbc:h2:file:./data/atqbx;WRITE_DELAY=0", ""})
    void shouldStayOffWithoutAnAutotaskUserWhenTheDatasourceIsConfigured(String url) {
        SandboxSwitch decision = SandboxSwitch.decide("", "", url, DATA);

        assertThat(decision.active()).isFalse();
        assertThat(decision.ownDatabaseUrl()).isEmpty();
        assertThat(decision.reason()).contains("a datasource is configured");
    }

    @Test
    void shouldStayOffWhenNoDataDirectoryIsKnown() {
        assertThat(SandboxSwitch.decide("", "", DEFAULT_URL, null).active()).isFalse();
        assertThat(SandboxSwitch.decide("", "", "jdbc:h2:file:/atqb", " ").active()).isFalse();
    }

    @Test
    void shouldUseTheConfiguredDatasourceWhenEnabledExplicitly() {
        SandboxSwitch decision = SandboxSwitch.decide("true", "", "jdbc:postgresql://db.example:5432/atqb", DATA);

        assertThat(decision.active()).isTrue();
        assertThat(decision.ownDatabaseUrl()).isEmpty();
        assertThat(decision.reason()).contains("configured datasource");
    }

    @Test
    void shouldUseItsOwnFileWhenEnabledExplicitlyDespiteAnAutotaskUser() {
        SandboxSwitch decision = SandboxSwitch.decide(" TRUE ", "api@example.com", DEFAULT_URL, DATA);

        assertThat(decision.active()).isTrue();
        assertThat(decision.ownDatabaseUrl()).hasValue("jdbc:h2:file:./data/atqb-sandbox");
    }

    @Test
    void shouldStayOffWhenDisabledExplicitlyEvenOnTheDefaultWithoutAnAutotaskUser() {
        SandboxSwitch decision = SandboxSwitch.decide("False", "", DEFAULT_URL, DATA);

        assertThat(decision.active()).isFalse();
        assertThat(decision.reason()).isEqualTo("ATQB_SANDBOX_ENABLED=false");
    }

    @ParameterizedTest
    @ValueSource(strings = {"yes", "1", "on", "tru"})
    void shouldRefuseAnEnabledValueOtherThanTrueFalseOrEmpty(String enabled) {
        assertThatThrownBy(() -> SandboxSwitch.decide(enabled, "", DEFAULT_URL, DATA))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ATQB_SANDBOX_ENABLED").hasMessageContaining(enabled);
    }
}
