package io.atqb.system;

import io.atqb.connector.ConnectorAccounts;
import io.atqb.connector.ConnectorRequests;
import io.atqb.connector.WebConnector;
import io.atqb.connector.WebConnectorService;
import io.atqb.purchasing.PurchaseOrderLedger;
import io.atqb.sandbox.autotask.SandboxAutotask;
import io.atqb.sandbox.autotask.SandboxAutotaskDemoTenant;
import io.atqb.sandbox.autotask.SandboxAutotaskServlet;
import io.atqb.sandbox.autotask.SandboxCredentials;
import io.atqb.sandbox.quickbooks.SandboxCompanyFile;
import io.atqb.sandbox.webconnector.SandboxWebConnector;
import io.atqb.sandbox.webconnector.SessionResult;
import java.math.BigDecimal;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;

/**
 * Sandbox mode (no Autotask user configured): the service hosts a simulated Autotask with a demo tenant,
 * creates and arms a default web connector, and a simulated Web Connector with an in-memory QuickBooks
 * company polls the service's own SOAP endpoint over real HTTP, so the first poll runs a complete sync.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = SandboxModeEnvironment.ACTIVE, havingValue = "true")
class SandboxMode {

    static final String CONNECTOR_USERNAME = "sandbox-qbwc";
    static final String COMPANY_FILE = "C:\\Users\\Public\\Documents\\Intuit\\QuickBooks\\Sandbox Company.qbw";
    private static final Logger LOG = LoggerFactory.getLogger(SandboxMode.class);

    @Bean
    SandboxAutotask sandboxAutotask() {
        return new SandboxAutotask(SandboxAutotaskDemoTenant.create(), SandboxCredentials.demo());
    }

    @Bean
    ServletRegistrationBean<SandboxAutotaskServlet> sandboxAutotaskServlet(SandboxAutotask autotask) {
        ServletRegistrationBean<SandboxAutotaskServlet> registration =
                new ServletRegistrationBean<>(new SandboxAutotaskServlet(autotask), SandboxModeEnvironment.PATH + "/*");
        registration.setName("sandboxAutotask");
        return registration;
    }

    @Bean(destroyMethod = "shutdownNow")
    ScheduledExecutorService sandboxWebConnectorScheduler() {
        return Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "sandbox-web-connector");
            thread.setDaemon(true);
            return thread;
        });
    }

    @Bean
    SandboxDemo sandboxDemo(WebConnectorService connectors, PurchaseOrderLedger ledger, PublicUrl publicUrl,
                            ScheduledExecutorService sandboxWebConnectorScheduler, Clock clock,
                            @Value("${atqb.sandbox.first-poll-delay:3s}") Duration firstPoll,
                            @Value("${atqb.sandbox.noop-delay:5s}") Duration noOpDelay) {
        return new SandboxDemo(connectors, ledger, publicUrl, sandboxWebConnectorScheduler, clock, firstPoll, noOpDelay);
    }

    /** Seeds the demo and runs the simulated Web Connector on the connector's schedule. */
    static final class SandboxDemo {

        private final WebConnectorService connectors;
        private final PurchaseOrderLedger ledger;
        private final PublicUrl publicUrl;
        private final ScheduledExecutorService scheduler;
        private final Clock clock;
        private final Duration firstPoll;
        private final Duration noOpDelay;

        SandboxDemo(WebConnectorService connectors, PurchaseOrderLedger ledger, PublicUrl publicUrl,
                    ScheduledExecutorService scheduler, Clock clock, Duration firstPoll, Duration noOpDelay) {
            this.connectors = connectors;
            this.ledger = ledger;
            this.publicUrl = publicUrl;
            this.scheduler = scheduler;
            this.clock = clock;
            this.firstPoll = firstPoll;
            this.noOpDelay = noOpDelay;
        }

        @EventListener(ApplicationReadyEvent.class)
        void start() {
            LOG.warn("""

                    ************************************************************************************
                    *  SANDBOX MODE: no Autotask user is configured (AUTOTASK_USERNAME is empty).      *
                    *  Autotask is SIMULATED at {}/sandbox/autotask/ATServicesRest/ and a SIMULATED     *
                    *  Web Connector with an in-memory QuickBooks company polls /qbwc.                 *
                    *  Nothing real is read or written. Set AUTOTASK_USERNAME (and secret, integration *
                    *  code) or ATQB_SANDBOX_ENABLED=false to leave sandbox mode.                      *
                    ************************************************************************************""",
                    publicUrl.base());
            SandboxAutotaskDemoTenant.transferredPurchaseOrders()
                    .forEach((po, at) -> ledger.recordTransfer(po, at, clock.instant()));
            String password = randomPassword();
            WebConnector connector = connector(password);
            connectors.setSyncInventoryNext(connector.id(), true, "SANDBOX");
            SandboxWebConnector webConnector = SandboxWebConnector.builder()
                    .endpoint(URI.create("http://127.0.0.1:" + publicUrl.localPort() + "/qbwc"))
                    .username(CONNECTOR_USERNAME)
                    .password(password)
                    .companyFilePath(COMPANY_FILE)
                    .company(demoCompany())
                    .noOpDelay(noOpDelay)
                    .build();
            scheduler.scheduleWithFixedDelay(() -> poll(webConnector), firstPoll.toMillis(),
                    Duration.ofMinutes(connector.runEveryMinutes()).toMillis(), TimeUnit.MILLISECONDS);
        }

        private WebConnector connector(String password) {
            WebConnector existing = connectors.list().stream()
                    .filter(c -> c.username().equalsIgnoreCase(CONNECTOR_USERNAME)).findFirst().orElse(null);
            if (existing == null) {
                return connectors.create(new ConnectorRequests.NewConnector("Sandbox QuickBooks company",
                        CONNECTOR_USERNAME, password, COMPANY_FILE, 60, ConnectorAccounts.defaults()));
            }
            return connectors.update(existing.id(), new ConnectorRequests.ConnectorChanges(null, null, password,
                    null, null, null, null));
        }

        private void poll(SandboxWebConnector webConnector) {
            try {
                SessionResult result = webConnector.runSession();
                LOG.info("Sandbox Web Connector session: {} ({} message sets); QuickBooks Web Connector shows: {}",
                        result.stopReason(), result.messagesExchanged(),
                        result.closeMessage() != null ? result.closeMessage() : result.lastError().orElse("-"));
            } catch (RuntimeException e) {
                LOG.warn("Sandbox Web Connector session failed: {}", e.getMessage());
            }
        }

        /** A QuickBooks company that already holds some of the demo tenant's items, and items of its own. */
        static SandboxCompanyFile demoCompany() {
            SandboxCompanyFile company = SandboxCompanyFile.withStandardAccounts("Sandbox Company");
            company.addInventoryItem("Widget & Gadget Kit", new BigDecimal("20"), true);
            company.addInventoryItem("cable <cat6> 3m", new BigDecimal("150"), true);
            company.addInventoryItem("Monitor 27\" 4K UHD", new BigDecimal("8"), true);
            company.addInventoryItem("USB-C Docking Station", new BigDecimal("18"), false);
            company.addNonInventoryItem("Toner Cartridge 12A");
            company.addInventoryItem("Office Chair", new BigDecimal("4"), true);
            company.addServiceItem("On-site Support Hour");
            return company;
        }

        private static String randomPassword() {
            byte[] bytes = new byte[18];
            new SecureRandom().nextBytes(bytes);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        }
    }
}
