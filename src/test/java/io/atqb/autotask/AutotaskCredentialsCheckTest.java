package io.atqb.autotask;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class AutotaskCredentialsCheckTest {

    @Test
    void shouldFindNothingMissingWhenTheApiUserIsComplete() {
        AutotaskProperties complete = properties("api@example.com", "secret", "CODE");

        assertThat(AutotaskCredentialsCheck.missing(complete)).isEmpty();
        assertThatCode(() -> AutotaskCredentialsCheck.requireConfigured(complete)).doesNotThrowAnyException();
    }

    @Test
    void shouldNameEachEmptyOrBlankSettingByItsEnvironmentVariable() {
        assertThat(AutotaskCredentialsCheck.missing(properties("", "secret", "CODE")))
                .containsExactly("AUTOTASK_USERNAME");
        assertThat(AutotaskCredentialsCheck.missing(properties("api@example.com", " ", "CODE")))
                .containsExactly("AUTOTASK_SECRET");
        assertThat(AutotaskCredentialsCheck.missing(properties("api@example.com", "secret", null)))
                .containsExactly("AUTOTASK_INTEGRATION_CODE");
    }

    @Test
    void shouldRefuseAPullNamingEveryMissingVariableAndNoValue() {
        assertThatThrownBy(() -> AutotaskCredentialsCheck.requireConfigured(properties("", "secret-value", "")))
                .isInstanceOf(AutotaskException.class)
                .hasMessage("The Autotask API user is not configured: set AUTOTASK_USERNAME, AUTOTASK_INTEGRATION_CODE");
    }

    private static AutotaskProperties properties(String username, String secret, String integrationCode) {
        return new AutotaskProperties("https://zone.example/ATServicesRest/", "", username, secret, integrationCode,
                InventorySource.InventoryItems, 500, 200, 2, 0.8, Duration.ofHours(12), 100,
                new AutotaskProperties.Http(Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofSeconds(1)),
                TestProperties.retry(0, 0, 1, 1, 1));
    }
}
