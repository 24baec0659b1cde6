package io.atqb.operations;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the alerts ({@code atqb.notify.*}); every default lives in {@code application.yaml}.
 *
 * @param webhookUrl              where each alert is POSTed as JSON; empty = no webhook
 * @param mailTo                  comma-separated addresses each alert is mailed to (over Spring's
 *                                {@code spring.mail.*} server settings); empty = no e-mail
 * @param mailFrom                the sender of those mails
 * @param qbwcSilentAfter         how long the default connector's QBWC may stay silent before an alert
 * @param qbwcSilentCheck         whether that is checked at all
 * @param qbwcSilentCheckInterval how often it is checked, in milliseconds
 * @param autotaskBudgetShare     the share of Autotask's hourly budget above which an alert goes out
 * @param retries                 how often a failed delivery is retried
 * @param retryDelay              the first wait before a retry, in milliseconds (doubled each time)
 * @param retryMaxDelay           the longest wait between two retries, in milliseconds
 */
@Validated
@ConfigurationProperties("atqb.notify")
public record NotifyProperties(
        @NotNull String webhookUrl,
        @NotNull String mailTo,
        @NotNull String mailFrom,
        @NotNull Duration qbwcSilentAfter,
        boolean qbwcSilentCheck,
        @Min(100) long qbwcSilentCheckInterval,
        @DecimalMin("0.0") @DecimalMax("1.0") double autotaskBudgetShare,
        @Min(0) int retries,
        @Min(1) long retryDelay,
        @Min(1) long retryMaxDelay) {

    public boolean webhookEnabled() {
        return !webhookUrl.isBlank();
    }

    public boolean mailEnabled() {
        return !mailTo.isBlank();
    }

    @AssertTrue(message = "atqb.notify.webhook-url must be an http:// or https:// URL (or empty for none)")
    public boolean isWebhookUrlHttp() {
        return webhookUrl == null || webhookUrl.isBlank() || webhookUrl.startsWith("http://")
                || webhookUrl.startsWith("https://");
    }

    @AssertTrue(message = "atqb.notify.qbwc-silent-after must be above 0")
    public boolean isQbwcSilentAfterPositive() {
        return qbwcSilentAfter == null || qbwcSilentAfter.compareTo(Duration.ZERO) > 0;
    }
}
