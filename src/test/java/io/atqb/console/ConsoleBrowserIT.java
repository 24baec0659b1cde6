package io.atqb.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.atqb.AdminApi;
import io.atqb.ServiceTest;
import io.atqb.sandbox.autotask.SandboxAutotask;
import io.atqb.sandbox.autotask.SandboxAutotaskServer;
import io.atqb.sandbox.autotask.SandboxCredentials;
import io.atqb.sandbox.autotask.SandboxTenant;
import io.atqb.sandbox.quickbooks.SandboxCompanyFile;
import io.atqb.sandbox.webconnector.SandboxWebConnector;
import io.atqb.sandbox.webconnector.SessionResult;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The console in real headless Chromium against the whole service on loopback, with the simulated Autotask and a
 * simulated QuickBooks Web Connector: the steps an administrator takes, one test per step, in order, in one browser
 * session. Every page is screenshot at 1280 px and at phone width (target/screenshots/) and must log no console error.
 */
@ServiceTest
@DirtiesContext
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsoleBrowserIT {

    static final long MAIN = 1;
    static final long VAN = 2;
    static final long KIT = 11;
    static final long CABLE = 12;
    static final long MONITOR = 13;
    static final long SHELF = 14;
    static final long ESPRESSO = 15;
    static final long ROUTER = 16;
    static final long LAPTOP_A = 17;
    static final long LAPTOP_B = 18;
    static final long TRANSFERRED_PO = 31;
    static final Instant TRANSFER = Instant.parse("2026-03-02T10:00:00Z");
    static final String QBWC_USER = "qb-main";
    static final String QBWC_PASSWORD = "qbwc-password";

    static final SandboxAutotask AUTOTASK = new SandboxAutotask(tenant(25, false), SandboxCredentials.demo());
    static final SandboxAutotaskServer SERVER = startServer();
    static final SandboxCompanyFile COMPANY = company();
    static final ObjectMapper JSON = new ObjectMapper();

    static Browser browser;
    static long defaultId;
    static long branchId;
    static long runId;

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void autotask(DynamicPropertyRegistry registry) {
        registry.add("autotask.base-url", SERVER::zoneUrl);
        registry.add("autotask.username", () -> SandboxCredentials.demo().username());
        registry.add("autotask.secret", () -> SandboxCredentials.demo().secret());
        registry.add("autotask.integration-code", () -> SandboxCredentials.demo().integrationCode());
        registry.add("atqb.sync.inventory.cron", () -> "0 0 2 ? * SUN");
    }

    @BeforeAll
    static void startBrowser() {
        browser = Browser.start();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        SERVER.close();
    }

    /**
     * Five products over two locations; a PO transferred to QuickBooks with a receipt before and one after its
     * transfer. {@code widen} adds a new product and two whose QuickBooks names collide (for the preview).
     */
    static SandboxTenant tenant(int kitAtMain, boolean widen) {
        SandboxTenant.Builder tenant = SandboxTenant.builder()
                .location(MAIN, "Main Warehouse", true)
                .location(VAN, "Service Van", true)
                .product(KIT, "Widget Kit", true)
                .product(CABLE, "Cable Cat6 3m", true)
                .product(MONITOR, "Monitor 27in", true)
                .product(SHELF, "O'Brien's Shelf", true)
                .product(ESPRESSO, "Espresso Beans", true);
        if (widen) {
            tenant.product(ROUTER, "Router AX3000", true)
                    .product(LAPTOP_A, "Dell Latitude 5540 Laptop i7 16GB Silver", true)
                    .product(LAPTOP_B, "DELL LATITUDE 5540 LAPTOP I7 16GB Black", true);
        }
        tenant.stock(KIT, MAIN, kitAtMain).stock(KIT, VAN, 5)
                .stock(CABLE, MAIN, 100)
                .stock(MONITOR, MAIN, 8)
                .stock(SHELF, VAN, 4)
                .stock(ESPRESSO, MAIN, 6);
        if (widen) {
            tenant.stock(ROUTER, MAIN, 3).stock(LAPTOP_A, MAIN, 2).stock(LAPTOP_B, MAIN, 1);
        }
        return tenant.purchaseOrder(TRANSFERRED_PO, "PO-1001", 3)
                .purchaseOrderItem(41, TRANSFERRED_PO, ESPRESSO, MAIN, 10)
                .receiving(61, 41, 6, Instant.parse("2026-03-01T09:00:00Z"))
                .receiving(62, 41, 4, Instant.parse("2026-03-03T14:30:00Z"))
                .build();
    }

    static SandboxCompanyFile company() {
        SandboxCompanyFile company = SandboxCompanyFile.withStandardAccounts("Console Test Company");
        company.addInventoryItem("Widget Kit", new BigDecimal("20"), true);
        company.addInventoryItem("Cable Cat6 3m", new BigDecimal("100"), true);
        company.addInventoryItem("Monitor 27in", new BigDecimal("5"), true);
        return company;
    }

    private static SandboxAutotaskServer startServer() {
        try {
            return SandboxAutotaskServer.start(AUTOTASK);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    AdminApi api() {
        return new AdminApi(port);
    }

    WebElement find(String css) {
        return browser.driver.findElement(By.cssSelector(css));
    }

    List<WebElement> all(String css) {
        return browser.driver.findElements(By.cssSelector(css));
    }

    void open(String path) {
        browser.driver.get(url(path));
    }

    void type(String css, String text) {
        WebElement field = find(css);
        field.clear();
        field.sendKeys(text);
    }

    @Test
    @Order(1)
    void shouldSignInThroughTheLoginForm() {
        open("/");
        browser.wait.until(ExpectedConditions.urlContains("/login"));
        assertThat(find("label[for=username]").getText()).isEqualTo("User name");
        browser.screenshotsAtBothWidths("login");
        browser.assertNoConsoleErrors("login");

        type("#username", AdminApi.USER);
        type("#password", "not-the-password");
        find("#password").submit();
        browser.wait.until(ExpectedConditions.urlContains("/login?error"));
        assertThat(find("p.problem").getText()).contains("wrong");

        type("#username", AdminApi.USER);
        type("#password", AdminApi.PASSWORD);
        find("button[type=submit]").click();
        browser.wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Dashboard"));
        assertThat(browser.driver.manage().getCookieNamed("JSESSIONID")).isNotNull();
        browser.assertNoConsoleErrors("dashboard");
    }

    @Test
    @Order(2)
    void shouldCreateTheDefaultAndASecondConnectorShowingErrorsAtTheirFields() {
        open("/connectors");
        type("#name", "Main company");
        type("#username", QBWC_USER);
        type("#password", "short");
        find("#new-connector button[type=submit]").click();
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("password-error")));
        assertThat(find("#password-error").getText()).contains("at least 8 characters");
        assertThat(find("#name").getAttribute("value")).isEqualTo("Main company");
        browser.screenshotsAtBothWidths("connectors-error");
        // the refused form answers 400, which the browser notes; nothing else may be logged
        assertThat(browser.consoleEntries()).singleElement()
                .satisfies(entry -> assertThat(entry.getMessage()).contains("/connectors").contains("400"));

        type("#password", QBWC_PASSWORD);
        type("#companyFile", "C:\\QB\\main.qbw");
        find("#new-connector button[type=submit]").click();
        browser.wait.until(ExpectedConditions.urlMatches("/connectors/\\d+$"));
        defaultId = Long.parseLong(browser.driver.getCurrentUrl().replaceAll(".*/", ""));

        open("/connectors");
        type("#name", "Branch office");
        type("#username", "qb-branch");
        type("#password", "branch-password");
        type("#runEveryMinutes", "30");
        find("#new-connector button[type=submit]").click();
        browser.wait.until(ExpectedConditions.urlMatches("/connectors/\\d+$"));
        branchId = Long.parseLong(browser.driver.getCurrentUrl().replaceAll(".*/", ""));

        open("/connectors");
        assertThat(all("#connectors tbody tr")).hasSize(2);
        browser.screenshotsAtBothWidths("connectors");
        browser.assertNoConsoleErrors("connectors");
    }

    @Test
    @Order(3)
    void shouldShowTheCheckboxDisabledOnANonDefaultConnector() {
        open("/connectors/" + branchId);
        WebElement box = find("input[name=syncInventoryNext]");
        assertThat(box.isEnabled()).isFalse();
        assertThat(box.isSelected()).isFalse();
        assertThat(find("#syncInventoryNext-hint").getText()).contains("Only the default web connector");
        browser.screenshotsAtBothWidths("connector-branch");
        browser.assertNoConsoleErrors("branch connector");
    }

    @Test
    @Order(4)
    void shouldPreviewBeforeAnySessionWithoutAQuickBooksPicture() {
        open("/preview");
        find("#run-preview").click();
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("preview-result")));
        assertThat(find("#picture-age").getText()).contains("None yet");
        assertThat(texts("#undecided tbody tr")).containsExactly("Widget Kit Widget Kit 30",
                "Cable Cat6 3m Cable Cat6 3m 100", "Monitor 27in Monitor 27in 8", "O'Brien's Shelf O'Brien's Shelf 4",
                "Espresso Beans Espresso Beans 6");
        assertThat(all("#would-create tbody tr, #would-adjust tbody tr")).isEmpty();
        browser.screenshotsAtBothWidths("preview-no-picture");
        browser.assertNoConsoleErrors("preview without a picture");
    }

    @Test
    @Order(5)
    void shouldArmTheSyncThroughStep6AndSeeItArmedThroughTheApi() throws Exception {
        recordTheTransferOfThePo();
        open("/connectors/" + defaultId);
        assertThat(all("section.step h2").stream().map(WebElement::getText).toList())
                .contains("Step 1: Name", "Step 6: Enable Transfer/Sync");
        assertThat(find("label[for=syncInventoryNext]").getText())
                .isEqualTo("Sync Inventory during next QuickBooks-initiated communication");
        assertThat(find("#last-inventory-sync").getText()).isEqualTo("—");
        browser.screenshotsAtBothWidths("connector-default");
        WebElement box = find("input[name=syncInventoryNext]");
        assertThat(box.isEnabled()).isTrue();
        box.click();
        find("#save").click();
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("p.notice")));
        assertThat(find("input[name=syncInventoryNext]").isSelected()).isTrue();

        JsonNode connector = JSON.readTree(api().get("/api/connectors/" + defaultId).body());
        assertThat(connector.get("syncInventoryNext").asBoolean()).isTrue();
        assertThat(connector.get("default").asBoolean()).isTrue();
        browser.assertNoConsoleErrors("default connector");
    }

    @Test
    @Order(6)
    void shouldShowTheSyncsOutcomeAfterQuickBooksPolled() throws Exception {
        SessionResult session = webConnector().runSession();
        assertThat(session.completed()).as("QBWC session: %s", session).isTrue();
        JsonNode run = JSON.readTree(api().get("/api/inventory-sync/runs").body()).get(0);
        assertThat(run.get("status").asText()).isEqualTo("COMPLETED_WITH_ERRORS");
        runId = run.get("id").asLong();

        open("/connectors/" + defaultId);
        assertThat(find("input[name=syncInventoryNext]").isSelected()).isFalse();
        assertThat(find("#last-inventory-sync").getText()).endsWith("UTC");
        assertThat(find("#last-contact").getText()).endsWith("UTC");

        open("/");
        assertThat(find("#h-last").findElement(By.xpath("..")).getText()).contains("COMPLETED_WITH_ERRORS")
                .contains("2 adjusted, 2 created, 1 unchanged, 1 not synced, 0 failed");
        assertThat(find("tr[data-connector='" + branchId + "']").getText()).contains("never polled");
        assertThat(find("tr[data-connector='" + defaultId + "']").getText()).doesNotContain("overdue");
        assertThat(find("#resync-list").getText()).contains("PO-1001");
        assertThat(find("#next-sync").getText()).contains("02:00:00 UTC");
        browser.screenshotsAtBothWidths("dashboard");
        browser.assertNoConsoleErrors("dashboard");
    }

    @Test
    @Order(7)
    void shouldOpenARunsHistoryFilterItAndDownloadTheCsv() throws Exception {
        open("/inventory-sync/history");
        WebElement row = find("tr[data-run='" + runId + "']");
        assertThat(row.getText()).contains("ADMIN_API").contains("COMPLETED_WITH_ERRORS");
        browser.screenshotsAtBothWidths("history");
        row.findElement(By.tagName("a")).click();
        browser.wait.until(ExpectedConditions.urlContains("/inventory-sync/history/" + runId));
        assertThat(all("#entries tbody tr")).hasSize(6);
        WebElement kit = all("#entries tbody tr").stream().filter(r -> r.getText().contains("Widget Kit"))
                .findFirst().orElseThrow();
        assertThat(kit.getText()).contains("Main Warehouse: 25").contains("Service Van: 5").contains("20")
                .contains("30");
        browser.screenshotsAtBothWidths("run");

        new Select(find("#action")).selectByValue("NOT_SYNCED");
        find("#apply-filter").click();
        browser.wait.until(ExpectedConditions.urlContains("action=NOT_SYNCED"));
        assertThat(all("#entries tbody tr")).hasSize(1);
        assertThat(find("#entries tbody tr").getText()).contains("Espresso Beans").contains("PO-1001");

        type("#q", "widget");
        new Select(find("#action")).selectByValue("");
        find("#apply-filter").click();
        browser.wait.until(ExpectedConditions.urlContains("q=widget"));
        assertThat(all("#entries tbody tr")).hasSize(1);
        new Select(find("#action")).selectByValue("NOT_SYNCED");
        type("#q", "");
        find("#apply-filter").click();
        browser.wait.until(ExpectedConditions.urlContains("action=NOT_SYNCED"));

        Path csv = Browser.DOWNLOADS.resolve("inventory-sync-run-" + runId + "-history.csv");
        Files.deleteIfExists(csv);
        find("#download-csv").click();
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!Files.exists(csv) && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(csv).exists();
        List<String> lines = List.of(Files.readString(csv, StandardCharsets.UTF_8).split("\r\n"));
        assertThat(lines.get(0)).startsWith("severity,action,itemName");
        assertThat(lines).hasSize(2);
        assertThat(lines.get(1)).startsWith("ERROR,NOT_SYNCED,Espresso Beans,15,");
        browser.assertNoConsoleErrors("run history");
    }

    @Test
    @Order(8)
    void shouldPreviewWhatASyncWouldChangeNowWithoutQueueingAnything() throws Exception {
        AUTOTASK.replaceTenant(tenant(40, true));
        int runsBefore = JSON.readTree(api().get("/api/inventory-sync/runs").body()).size();
        open("/preview");
        browser.screenshotsAtBothWidths("preview-start");
        find("#run-preview").click();
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("preview-result")));

        assertThat(texts("#would-create tbody tr")).containsExactly("Router AX3000 Router AX3000 3");
        assertThat(texts("#would-adjust tbody tr")).containsExactly("Widget Kit Widget Kit 30 45 +15");
        assertThat(texts("#not-synced tbody tr")).singleElement().asString()
                .startsWith("Espresso Beans PO-1001 4");
        assertThat(texts("#would-fail tbody tr")).hasSize(2)
                .allSatisfy(text -> assertThat(text).containsIgnoringCase("Dell Latitude 5540"));
        assertThat(find("#unchanged-count").getText()).isEqualTo("4");
        assertThat(find("#picture-age").getText()).contains("run " + runId).contains("old");
        browser.screenshotsAtBothWidths("preview");

        assertThat(JSON.readTree(api().get("/api/inventory-sync/runs").body())).hasSize(runsBefore);
        assertThat(JSON.readTree(api().get("/api/connectors/" + defaultId).body()).get("syncInventoryNext")
                .asBoolean()).isFalse();
        browser.assertNoConsoleErrors("preview");
    }

    @Test
    @Order(9)
    void shouldMarkANeedsResyncPurchaseOrderReadyAndSeeItReady() throws Exception {
        open("/purchase-orders");
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("purchase-orders")));
        browser.screenshotsAtBothWidths("purchase-orders");
        new Select(find("#needsResync")).selectByValue("true");
        find("#search").click();
        browser.wait.until(ExpectedConditions.urlContains("needsResync=true"));
        WebElement row = find("tr[data-po='" + TRANSFERRED_PO + "']");
        assertThat(all("#purchase-orders tbody tr")).hasSize(1);
        assertThat(row.findElement(By.cssSelector("td.resync")).getText()).contains("Yes");
        assertThat(row.findElement(By.cssSelector("td.transfer-status")).getText()).isEqualTo("TRANSFERRED");
        assertThat(find("#set-ready").getText()).isEqualTo("Set as Ready to Transfer to QuickBooks");

        row.findElement(By.cssSelector("input[name=ids]")).click();
        find("#set-ready").click();
        browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("p.notice")));
        assertThat(browser.driver.getCurrentUrl()).contains("needsResync=true");
        assertThat(find("tr[data-po='" + TRANSFERRED_PO + "'] td.transfer-status").getText()).isEqualTo("READY");
        JsonNode po = JSON.readTree(api().get("/api/purchase-orders/" + TRANSFERRED_PO).body());
        assertThat(po.get("transferStatus").asText()).isEqualTo("READY");

        find("tr[data-po='" + TRANSFERRED_PO + "'] a").click();
        browser.wait.until(ExpectedConditions.urlContains("/purchase-orders/" + TRANSFERRED_PO));
        assertThat(find("#transfer-status").getText()).isEqualTo("READY");
        assertThat(find("li[data-receipt='62']").getText()).contains("since the transfer");
        assertThat(find("li[data-receipt='61']").getText()).doesNotContain("since the transfer");
        browser.screenshotsAtBothWidths("purchase-order");
        browser.assertNoConsoleErrors("purchase orders");
    }

    @Test
    @Order(10)
    void shouldRefreshARunningSyncsProgressByItself() throws Exception {
        api().patch("/api/connectors/" + defaultId, "{\"syncInventoryNext\":true}");
        long running = JSON.readTree(api().get("/api/inventory-sync/runs").body()).get(0).get("id").asLong();
        assertThat(running).isGreaterThan(runId);
        open("/");
        WebElement box = find("#running");
        browser.wait.until(ExpectedConditions.attributeToBeNotEmpty(box, "data-updated"));
        String firstRefresh = box.getAttribute("data-updated");
        // it keeps refreshing by itself, every few seconds
        browser.wait.until(driver -> !firstRefresh.equals(find("#running").getAttribute("data-updated")));
        assertThat(find("#running a").getText()).isEqualTo("#" + running);
        // the run waits for QBWC: loading Autotask (after the PO marked ready goes over first) or ready
        assertThat(find("#running .phase").getText()).isIn("LOADING", "READY");
        assertThat(find("#running").getText()).contains("waiting for QBWC to poll");
        browser.screenshot("dashboard-running-1280");
        browser.assertNoConsoleErrors("dashboard while a sync runs");
    }

    @Test
    @Order(11)
    void shouldRefuseAFormPostedWithoutItsCsrfToken() throws Exception {
        open("/connectors/" + branchId);
        browser.consoleEntries();
        type("#name", "Renamed without a token");
        browser.script("document.querySelector('#connector-form input[name=_csrf]').remove();");
        find("#save").click();
        browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "403"));
        assertThat(find("p.problem").getText()).contains("security token");
        browser.screenshotsAtBothWidths("csrf-refused");
        assertThat(JSON.readTree(api().get("/api/connectors/" + branchId).body()).get("name").asText())
                .isEqualTo("Branch office");
        // the refusal itself is the one console message expected here (the 403 answer)
        assertThat(browser.consoleEntries()).singleElement()
                .satisfies(entry -> assertThat(entry.getMessage()).contains("/connectors/" + branchId).contains("403"));
    }

    @Test
    @Order(12)
    void shouldSignOut() {
        open("/");
        find("header.top form button").click();
        browser.wait.until(ExpectedConditions.urlContains("/login?logout"));
        assertThat(find("p.notice").getText()).contains("signed out");
        open("/connectors");
        browser.wait.until(ExpectedConditions.urlContains("/login"));
        browser.assertNoConsoleErrors("sign out");
    }

    private List<String> texts(String css) {
        return all(css).stream().map(WebElement::getText).toList();
    }

    private void recordTheTransferOfThePo() {
        assertThat(api().put("/api/purchase-orders/" + TRANSFERRED_PO + "/quickbooks-transfer",
                "{\"transferredAt\":\"" + TRANSFER + "\"}").statusCode()).isEqualTo(200);
    }

    private SandboxWebConnector webConnector() {
        return SandboxWebConnector.builder()
                .endpoint(URI.create(url("/qbwc")))
                .username(QBWC_USER)
                .password(QBWC_PASSWORD)
                .companyFilePath("C:\\QB\\main.qbw")
                .company(COMPANY)
                .noOpDelay(Duration.ofMillis(50))
                .maxNoOps(400)
                .build();
    }
}
