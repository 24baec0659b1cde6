package io.atqb.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.atqb.ServiceTest;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/** Alerts by e-mail only (no webhook), over an SMTP server on loopback: a failed PO transfer is mailed once. */
@ServiceTest
@TestPropertySource(properties = {
        "atqb.notify.mail-to=ops@example.com",
        "atqb.notify.mail-from=atqb@example.com",
        "atqb.notify.qbwc-silent-check=false",
        "spring.mail.host=127.0.0.1",
        "camel.main.name=operations-mail-test"})
class OperationsMailIT {

    static final SmtpReceiver SMTP = new SmtpReceiver();

    @Autowired
    OperationsRecorder operations;

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.port", SMTP::port);
    }

    @AfterAll
    static void stop() {
        SMTP.close();
    }

    @Test
    void shouldMailAFailedTransferOnceUntilATransferOfThatOrderSucceeds() throws InterruptedException {
        operations.purchaseOrderTransferEnded(31, 7, "FAILED", "QuickBooks refused the vendor \"Acme\"");
        await().atMost(Duration.ofSeconds(20)).until(() -> SMTP.mails().size() == 1);
        operations.purchaseOrderTransferEnded(31, 8, "FAILED", "again");
        Thread.sleep(500);
        SmtpReceiver.Mail mail = SMTP.mails().get(0);
        String unfolded = mail.text().replace("\n ", " ");

        assertThat(SMTP.mails()).hasSize(1);
        assertThat(mail.recipients()).containsExactly("<ops@example.com>");
        assertThat(unfolded).contains("Subject: [atqb-sync] Transfer 7 of purchase order 31 to QuickBooks ended FAILED")
                .contains("From: atqb@example.com").contains("QuickBooks refused the vendor \"Acme\"")
                .contains("/purchase-orders");

        operations.purchaseOrderTransferEnded(31, 9, "SUCCEEDED", null);
        Thread.sleep(300);
        operations.purchaseOrderTransferEnded(31, 10, "COMPLETED_WITH_ERRORS", "one line refused");
        await().atMost(Duration.ofSeconds(20)).until(() -> SMTP.mails().size() == 2);
        assertThat(SMTP.mails().get(1).text()).contains("ended COMPLETED_WITH_ERRORS").contains("one line refused");
    }
}
