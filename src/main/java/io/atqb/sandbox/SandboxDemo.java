package io.atqb.sandbox;

import io.atqb.connector.ConnectorAccounts;
import io.atqb.connector.ConnectorRequests;
import io.atqb.connector.WebConnector;
import io.atqb.connector.WebConnectorService;
import io.atqb.purchasing.PurchaseOrderLedger;
import io.atqb.purchasing.PurchaseOrderMarking;
import io.atqb.sandbox.autotask.SandboxAutotaskDemoTenant;
import io.atqb.sandbox.quickbooks.SandboxCompanyFile;
import io.atqb.sandbox.webconnector.PostponeWait;
import io.atqb.sandbox.webconnector.SandboxWebConnector;
import io.atqb.sandbox.webconnector.SessionResult;
import io.atqb.system.PublicUrl;
import java.math.BigDecimal;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;

/**
 * Seeds the demo and runs the simulated Web Connector on the demo connector's schedule. Seeding only adds what is
 * absent: a transfer already recorded for a demo PO keeps its time, another connector is never changed, and the
 * demo connector becomes the default (and has its sync armed) only when no other connector holds that seat. The
 * demo connector is the one with the user name {@value #CONNECTOR_USERNAME}; as only a hash of its password is
 * stored, each start gives it a new random password (nothing else of it changes) so the simulated Web Connector
 * can log in.
 */
class SandboxDemo {

    static final String CONNECTOR_USERNAME = "sandbox-qbwc";
    static final String COMPANY_FILE = "C:\\Users\\Public\\Documents\\Intuit\\QuickBooks\\Sandbox Company.qbw";
    static final String TRIGGER = "SANDBOX";
    /** The demo POs the demo marks ready to transfer (the Canceled one shows how a refusal reads). */
    static final List<Long> READY_PURCHASE_ORDERS = List.of(SandboxAutotaskDemoTenant.OPEN_PO,
            SandboxAutotaskDemoTenant.SUBMITTED_PO, SandboxAutotaskDemoTenant.NEW_PO,
            SandboxAutotaskDemoTenant.CANCELED_PO, SandboxAutotaskDemoTenant.PARTIAL_PO,
            SandboxAutotaskDemoTenant.LONG_NUMBER_PO);
    private static final Logger LOG = LoggerFactory.getLogger(SandboxDemo.class);

    private final WebConnectorService connectors;
    private final PurchaseOrderLedger ledger;
    private final PurchaseOrderMarking marking;
    private final PublicUrl publicUrl;
    private final ScheduledExecutorService scheduler;
    private final Clock clock;
    private final SandboxProperties properties;
    private final String ownDatabaseUrl;

    /**
     * @param ownDatabaseUrl the JDBC URL of the sandbox's own H2 file, or null when it runs on a configured datasource
     */
    SandboxDemo(WebConnectorService connectors, PurchaseOrderLedger ledger, PurchaseOrderMarking marking,
                PublicUrl publicUrl, ScheduledExecutorService scheduler, Clock clock, SandboxProperties properties,
                String ownDatabaseUrl) {
        this.connectors = connectors;
        this.ledger = ledger;
        this.marking = marking;
        this.publicUrl = publicUrl;
        this.scheduler = scheduler;
        this.clock = clock;
        this.properties = properties;
        this.ownDatabaseUrl = ownDatabaseUrl;
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        announce();
        seedTransfers();
        String password = randomPassword();
        WebConnector connector = demoConnector(password);
        if (connector.isDefault()) {
            markReadyPurchaseOrders();
        }
        arm(connector);
        SandboxWebConnector webConnector = SandboxWebConnector.builder()
                .endpoint(URI.create("http://127.0.0.1:" + publicUrl.localPort() + "/qbwc"))
                .username(CONNECTOR_USERNAME)
                .password(password)
                .companyFilePath(COMPANY_FILE)
                .company(demoCompany())
                .noOpDelay(properties.noopDelay())
                // after a restart the demo's dropped session is taken over once QBWC has waited out the postpone
                .retryWhenBusy(3, PostponeWait.sleeping())
                .build();
        scheduler.scheduleWithFixedDelay(() -> poll(webConnector), properties.firstPollDelay().toMillis(),
                Duration.ofMinutes(connector.runEveryMinutes()).toMillis(), TimeUnit.MILLISECONDS);
    }

    private void announce() {
        String data = ownDatabaseUrl != null
                ? "Its data lives in its own database " + ownDatabaseUrl + "; real mode uses another one."
                : "ATQB_SANDBOX_ENABLED=true: its data goes into the CONFIGURED datasource (only added,"
                        + " never changed).";
        LOG.warn("""

                ************************************************************************************
                SANDBOX MODE: Autotask is SIMULATED at {}/sandbox/autotask/ATServicesRest/
                and a SIMULATED Web Connector with an in-memory QuickBooks company polls /qbwc.
                {}
                No real Autotask or QuickBooks is read or written. For real mode set
                AUTOTASK_USERNAME, AUTOTASK_SECRET and AUTOTASK_INTEGRATION_CODE (or ATQB_SANDBOX_ENABLED=false).
                ************************************************************************************""",
                publicUrl.base(), data);
    }

    /** Records the demo's transferred POs, each only when the ledger has no transfer for it yet. */
    private void seedTransfers() {
        Map<Long, Instant> recorded = ledger.transfers();
        for (Map.Entry<Long, Instant> demo : SandboxAutotaskDemoTenant.transferredPurchaseOrders().entrySet()) {
            if (recorded.containsKey(demo.getKey())) {
                LOG.info("Sandbox: purchase order {} already has a recorded transfer ({}); kept as it is",
                        demo.getKey(), recorded.get(demo.getKey()));
            } else {
                ledger.recordTransfer(demo.getKey(), demo.getValue(), clock.instant());
            }
        }
    }

    /**
     * Marks the demo's purchase orders ready to transfer ("Set as Ready to Transfer"), as an operator would, so the
     * first session transfers them before the complete sync. Only POs never marked are marked (a restart asks for no
     * re-transfer), and the transferred PO with receipts after its transfer is left as it is: it still needs a
     * re-transfer after the first session, so that flow can be tried by hand.
     */
    private void markReadyPurchaseOrders() {
        try {
            PurchaseOrderMarking.MarkResult result = marking.markUntransferred(READY_PURCHASE_ORDERS);
            LOG.info("Sandbox: purchase orders marked ready to transfer to QuickBooks: {}{}", result.ids(),
                    result.refused().isEmpty() ? "" : "; not marked: " + result.refused());
        } catch (RuntimeException e) {
            LOG.warn("Sandbox: the demo purchase orders could not be marked ready to transfer: {}", e.getMessage());
        }
    }

    private WebConnector demoConnector(String password) {
        Optional<WebConnector> existing = connectors.list().stream()
                .filter(SandboxDemo::isDemoConnector).findFirst();
        if (existing.isEmpty()) {
            return connectors.create(new ConnectorRequests.NewConnector("Sandbox QuickBooks company",
                    CONNECTOR_USERNAME, password, COMPANY_FILE, 60, ConnectorAccounts.defaults()));
        }
        return connectors.update(existing.get().id(), new ConnectorRequests.ConnectorChanges(null, null, password,
                null, null, null, null));
    }

    private static boolean isDemoConnector(WebConnector connector) {
        return connector.username().equalsIgnoreCase(CONNECTOR_USERNAME);
    }

    private void arm(WebConnector connector) {
        if (connector.isDefault()) {
            connectors.setSyncInventoryNext(connector.id(), true, TRIGGER);
            return;
        }
        LOG.warn("Sandbox: another web connector is the default one; the demo sync is not armed and that connector"
                + " is left as it is");
    }

    private void poll(SandboxWebConnector webConnector) {
        try {
            SessionResult result = webConnector.runSession();
            LOG.info("Sandbox Web Connector session: {} ({} message sets); QuickBooks Web Connector shows: {}",
                    result.stopReason(), result.messagesExchanged(),
                    result.closeMessage() != null ? result.closeMessage() : result.lastError().orElse("-"));
            logTransferOutcome();
        } catch (RuntimeException e) {
            LOG.warn("Sandbox Web Connector session failed: {}", e.getMessage());
        }
    }

    /** Says how the demo's purchase-order transfer went, and which POs still need a re-transfer. */
    private void logTransferOutcome() {
        try {
            PurchaseOrderMarking.Progress progress = marking.progress(READY_PURCHASE_ORDERS);
            LOG.info("Sandbox purchase-order transfer: {} transferred {}, {} failed {}, {} still waiting {};"
                            + " needing a re-transfer: {} (GET /api/purchase-orders?needsResync=true, re-transfer"
                            + " with POST /api/purchase-orders/transfer {\"needsResync\": true})",
                    progress.transferred().size(), progress.transferred(), progress.failed().size(),
                    progress.failed(), progress.ready().size(), progress.ready(), progress.needingResync());
        } catch (RuntimeException e) {
            LOG.warn("Sandbox: the purchase-order transfer outcome could not be read: {}", e.getMessage());
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
