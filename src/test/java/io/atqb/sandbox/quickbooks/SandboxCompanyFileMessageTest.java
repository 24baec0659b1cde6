package io.atqb.sandbox.quickbooks;

import static io.atqb.sandbox.quickbooks.QbxmlTestMessages.adjustmentAdd;
import static io.atqb.sandbox.quickbooks.QbxmlTestMessages.attr;
import static io.atqb.sandbox.quickbooks.QbxmlTestMessages.continueOnError;
import static io.atqb.sandbox.quickbooks.QbxmlTestMessages.el;
import static io.atqb.sandbox.quickbooks.QbxmlTestMessages.itemInventoryAdd;
import static io.atqb.sandbox.quickbooks.QbxmlTestMessages.message;
import static io.atqb.sandbox.quickbooks.QbxmlTestMessages.newQuantityLine;
import static io.atqb.sandbox.quickbooks.QbxmlTestMessages.refById;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SandboxCompanyFileMessageTest {

    private SandboxCompanyFile company;
    private String widgetListId;

    @BeforeEach
    void seed() {
        company = SandboxCompanyFile.withStandardAccounts("Acme Test Co");
        widgetListId = company.addInventoryItem("WID-100", new BigDecimal("42"), true);
        company.addInventoryItem("GADGET-1", new BigDecimal("5"), true);
    }

    // ----- error policy

    @Test
    void shouldSkipTheRestOfTheMessageAfterAnErrorWithStopOnError() {
        QbxmlTestResponse response = QbxmlTestResponse.parse(company.process(message(
                itemInventoryAdd("1", "NEW-1"),
                itemInventoryAdd("2", "WID-100"),
                itemInventoryAdd("3", "NEW-3"))));

        assertThat(response.responses()).hasSize(2);
        assertThat(response.statusCode(0)).isEqualTo("0");
        assertThat(response.statusCode(1)).isEqualTo("3100");
        assertThat(company.findItem("NEW-1")).isPresent();
        assertThat(company.findItem("NEW-3")).isEmpty();
        assertThat(company.requestCount("ItemInventoryAddRq")).isEqualTo(2);
    }

    @Test
    void shouldExecuteEveryRequestWithContinueOnError() {
        QbxmlTestResponse response = QbxmlTestResponse.parse(company.process(continueOnError(
                itemInventoryAdd("1", "NEW-1"),
                itemInventoryAdd("2", "WID-100"),
                itemInventoryAdd("3", "NEW-3"))));

        assertThat(response.responses()).extracting(e -> e.getAttribute("requestID"))
                .containsExactly("1", "2", "3");
        assertThat(response.responses()).extracting(e -> e.getAttribute("statusCode"))
                .containsExactly("0", "3100", "0");
        assertThat(company.findItem("NEW-3")).isPresent();
    }

    @Test
    void shouldNotStopOnAnInfoStatusWithStopOnError() {
        QbxmlTestResponse response = QbxmlTestResponse.parse(company.process(message(
                el("ItemInventoryQueryRq", attr("requestID", "q"), el("FullName", "missing")),
                itemInventoryAdd("a", "NEW-1"))));

        assertThat(response.responses()).extracting(e -> e.getAttribute("statusCode")).containsExactly("1", "0");
    }

    @Test
    void shouldAnswerAnUnsupportedRequestTypeWithoutFailingTheMessage() {
        QbxmlTestResponse response = QbxmlTestResponse.parse(company.process(continueOnError(
                el("CustomerQueryRq", attr("requestID", "c"), el("MaxReturned", "1")),
                el("ItemInventoryQueryRq", attr("requestID", "i"), el("FullName", "WID-100")))));

        assertThat(response.response(0).getTagName()).isEqualTo("CustomerQueryRs");
        assertThat(response.response(0).getAttribute("requestID")).isEqualTo("c");
        assertThat(response.statusCode(0)).isEqualTo("3250");
        assertThat(response.response(0).getAttribute("statusMessage")).contains("not supported by the sandbox");
        assertThat(response.statusCode(1)).isEqualTo("0");
    }

    @Test
    void shouldReturnStatusOnlyWhenResponseDataIsIncludeNone() {
        QbxmlTestResponse response = QbxmlTestResponse.parse(company.process(message("13.0",
                List.of(attr("onError", "stopOnError"), attr("responseData", "includeNone")),
                itemInventoryAdd("1", "NEW-1"))));

        assertThat(response.statusCode(0)).isEqualTo("0");
        assertThat(response.elements("//ItemInventoryRet")).isEmpty();
        assertThat(company.findItem("NEW-1")).isPresent();
    }

    // ----- parse failures

    @Test
    void shouldFailWithHresult80040400ForMalformedXml() {
        assertThatThrownBy(() -> company.process("<?xml version=\"1.0\"?><?qbxml version=\"13.0\"?><QBXML><oops>"))
                .isInstanceOfSatisfying(QbxmlParseFailure.class, failure -> {
                    assertThat(failure.hresult()).isEqualTo("0x80040400");
                    assertThat(failure.getMessage())
                            .isEqualTo("QuickBooks found an error when parsing the provided XML text stream.");
                });
    }

    @Test
    void shouldRefuseADoctypeWithoutResolvingEntities() {
        String withDoctype = """
                <?xml version="1.0"?>
                <?qbxml version="13.0"?>
                <!DOCTYPE QBXML [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
                <QBXML><QBXMLMsgsRq onError="stopOnError">
                <ItemInventoryQueryRq><FullName>&xxe;</FullName></ItemInventoryQueryRq>
                </QBXMLMsgsRq></QBXML>""";

        assertThatThrownBy(() -> company.process(withDoctype))
                .isInstanceOfSatisfying(QbxmlParseFailure.class,
                        failure -> assertThat(failure.reason()).containsIgnoringCase("DOCTYPE"));
        assertThat(company.requestCount("ItemInventoryQueryRq")).isZero();
    }

    @Test
    void shouldRefuseAMessageWithoutTheQbxmlVersionInstruction() {
        assertParseFailure(message(null, "stopOnError", el("ItemInventoryQueryRq")), "qbxml");
    }

    @ParameterizedTest
    @ValueSource(strings = {"14.0", "16.0", "13.5", "thirteen"})
    void shouldRefuseAVersionAbove13OrUnknown(String version) {
        assertParseFailure(message(version, "stopOnError", el("ItemInventoryQueryRq")), "version");
    }

    @Test
    void shouldAcceptOlderVersions() {
        String response = company.process(message("7.0", "stopOnError", el("ItemInventoryQueryRq")));

        assertThat(QbxmlTestResponse.parse(response).statusCode(0)).isEqualTo("0");
    }

    @Test
    void shouldRefuseIteratorsBeforeVersion5() {
        assertParseFailure(message("4.1", "stopOnError",
                el("ItemInventoryQueryRq", attr("iterator", "Start"), el("MaxReturned", "1"))), "iterator");
    }

    @Test
    void shouldRefuseAMissingOnError() {
        assertParseFailure(message("13.0", List.of(), el("ItemInventoryQueryRq")), "onError");
    }

    @ParameterizedTest
    @ValueSource(strings = {"rollbackOnError", "StopOnError", ""})
    void shouldRefuseAnInvalidOnError(String onError) {
        assertParseFailure(message("13.0", onError, el("ItemInventoryQueryRq")), "onError");
    }

    @Test
    void shouldRefuseAnUnknownRequestElementAndExecuteNothing() {
        assertParseFailure(message(itemInventoryAdd("1", "NEW-1"), el("ItemFrobnicateRq")), "ItemFrobnicateRq");

        assertThat(company.findItem("NEW-1")).isEmpty();
        assertThat(company.requestCount("ItemInventoryAddRq")).isZero();
    }

    @Test
    void shouldRefuseChildrenOutOfSchemaOrder() {
        QbxmlTestMessages.Node outOfOrder = el("ItemInventoryAddRq", el("ItemInventoryAdd",
                el("Name", "NEW-1"),
                QbxmlTestMessages.ref("COGSAccountRef", "Cost of Goods Sold"),
                QbxmlTestMessages.ref("IncomeAccountRef", "Autotask Other"),
                QbxmlTestMessages.ref("AssetAccountRef", "Inventory Asset")));

        assertParseFailure(message(outOfOrder), "out of schema order");
        assertThat(company.findItem("NEW-1")).isEmpty();
    }

    @Test
    void shouldRefuseAQueryWithIncludeRetElementBeforeTheFilters() {
        assertParseFailure(message(el("ItemInventoryQueryRq",
                el("IncludeRetElement", "ListID"), el("ActiveStatus", "All"))), "out of schema order");
    }

    @Test
    void shouldRefuseAnUnknownChildElement() {
        assertParseFailure(message(el("ItemInventoryQueryRq", el("Colour", "red"))), "Colour");
    }

    @Test
    void shouldRefuseMixingFullNamesAndFilters() {
        assertParseFailure(message(el("ItemInventoryQueryRq", el("FullName", "WID-100"), el("MaxReturned", "2"))),
                "only one");
    }

    @Test
    void shouldRefuseAnAdjustmentLineWithBothQuantityForms() {
        assertParseFailure(message(adjustmentAdd("adj", el("InventoryAdjustmentLineAdd",
                refById("ItemRef", widgetListId),
                el("QuantityAdjustment", el("NewQuantity", "1"), el("QuantityDifference", "2"))))), "QuantityDifference");
        assertThat(company.adjustments()).isEmpty();
    }

    @Test
    void shouldRefuseAnInvalidEnumValueOrNumber() {
        assertParseFailure(message(el("ItemInventoryQueryRq", el("ActiveStatus", "Everything"))), "ActiveStatus");
        assertParseFailure(message(adjustmentAdd("adj", newQuantityLine("WID-100", "ten"))), "NewQuantity");
    }

    @Test
    void shouldRefuseAMessageWithoutXmlDeclaration() {
        String withoutDeclaration = """
                <?qbxml version="13.0"?>
                <QBXML><QBXMLMsgsRq onError="stopOnError"><ItemInventoryQueryRq/></QBXMLMsgsRq></QBXML>""";

        assertParseFailure(withoutDeclaration, "declaration");
    }

    private void assertParseFailure(String messageSet, String reasonFragment) {
        assertThatThrownBy(() -> company.process(messageSet))
                .isInstanceOfSatisfying(QbxmlParseFailure.class, failure -> {
                    assertThat(failure.hresult()).isEqualTo("0x80040400");
                    assertThat(failure.reason()).containsIgnoringCase(reasonFragment);
                });
    }

    // ----- fault injection

    @Test
    void shouldAnswerAnInjectedStatusForTheGivenNumberOfWrites() {
        company.injectStatus("wid-100", 3175, "The object is locked by another user.", 2);

        QbxmlTestResponse first = QbxmlTestResponse.parse(company.process(message(
                adjustmentAdd("1", newQuantityLine("WID-100", "1")))));
        QbxmlTestResponse second = QbxmlTestResponse.parse(company.process(message(
                adjustmentAdd("2", el("InventoryAdjustmentLineAdd", refById("ItemRef", widgetListId),
                        el("QuantityAdjustment", el("NewQuantity", "2")))))));
        QbxmlTestResponse third = QbxmlTestResponse.parse(company.process(message(
                adjustmentAdd("3", newQuantityLine("WID-100", "3")))));

        assertThat(first.statusCode(0)).isEqualTo("3175");
        assertThat(first.response(0).getAttribute("statusSeverity")).isEqualTo("Error");
        assertThat(first.response(0).getAttribute("statusMessage")).isEqualTo("The object is locked by another user.");
        assertThat(second.statusCode(0)).isEqualTo("3175");
        assertThat(third.statusCode(0)).isEqualTo("0");
        assertThat(company.adjustments()).hasSize(1);
        assertThat(company.findItem("WID-100").orElseThrow().quantityOnHand()).isEqualByComparingTo("3");
    }

    @Test
    void shouldInjectAStatusForAnItemAddByName() {
        company.injectStatus("NEW-9", 3180, "There was an error when saving.", 1);

        QbxmlTestResponse failed = QbxmlTestResponse.parse(company.process(message(itemInventoryAdd("1", "new-9"))));
        QbxmlTestResponse retried = QbxmlTestResponse.parse(company.process(message(itemInventoryAdd("2", "NEW-9"))));

        assertThat(failed.statusCode(0)).isEqualTo("3180");
        assertThat(retried.statusCode(0)).isEqualTo("0");
        assertThat(company.findItem("NEW-9")).isPresent();
    }

    @Test
    void shouldNotInjectIntoQueriesOrOtherItems() {
        company.injectStatus("WID-100", 3175, "locked", 1);

        QbxmlTestResponse query = QbxmlTestResponse.parse(company.process(message(
                el("ItemInventoryQueryRq", el("FullName", "WID-100")))));
        QbxmlTestResponse other = QbxmlTestResponse.parse(company.process(message(
                adjustmentAdd("1", newQuantityLine("GADGET-1", "1")))));

        assertThat(query.statusCode(0)).isEqualTo("0");
        assertThat(other.statusCode(0)).isEqualTo("0");
    }

    @Test
    void shouldFailTheNextMessageWithAParseErrorOnce() {
        company.failNextMessageWithParseError();

        assertThatThrownBy(() -> company.process(message(itemInventoryAdd("1", "NEW-1"))))
                .isInstanceOf(QbxmlParseFailure.class);
        assertThat(company.findItem("NEW-1")).isEmpty();
        assertThat(QbxmlTestResponse.parse(company.process(message(itemInventoryAdd("1", "NEW-1")))).statusCode(0))
                .isEqualTo("0");
        assertThat(company.messageCount()).isEqualTo(2);
        assertThat(company.requestCount("ItemInventoryAddRq")).isEqualTo(1);
    }

    // ----- host information

    @Test
    void shouldDescribeHostCompanyAndPreferencesForTheWebConnector() {
        QbxmlTestResponse hcp = QbxmlTestResponse.parse(company.hostQueryResponse());

        assertThat(hcp.xml()).startsWith("<?xml version=\"1.0\" ?>");
        assertThat(hcp.responses()).extracting(e -> e.getTagName())
                .containsExactly("HostQueryRs", "CompanyQueryRs", "PreferencesQueryRs");
        assertThat(hcp.text("//HostRet/ProductName")).contains("QuickBooks");
        assertThat(hcp.text("//HostRet/Country")).isEqualTo("US");
        assertThat(hcp.texts("//HostRet/SupportedQBXMLVersion")).contains("12.0", "13.0").doesNotContain("14.0")
                .last().isEqualTo("13.0");
        assertThat(hcp.text("//HostRet/QBFileMode")).isEqualTo("SingleUser");
        assertThat(hcp.text("//CompanyRet/CompanyName")).isEqualTo("Acme Test Co");
        assertThat(hcp.elements("//PreferencesRet")).hasSize(1);
    }

    @Test
    void shouldReportMultiUserModeWhenSet() {
        company.setFileMode(FileMode.MULTI_USER);

        assertThat(QbxmlTestResponse.parse(company.hostQueryResponse()).text("//HostRet/QBFileMode"))
                .isEqualTo("MultiUser");
    }

    @Test
    void shouldAnswerHostQueryRequests() {
        QbxmlTestResponse response = QbxmlTestResponse.parse(company.process(message(
                el("HostQueryRq", attr("requestID", "h")), el("CompanyQueryRq", attr("requestID", "c")))));

        assertThat(response.text("//HostQueryRs/HostRet/MajorVersion")).isNotBlank();
        assertThat(response.text("//CompanyQueryRs/CompanyRet/CompanyName")).isEqualTo("Acme Test Co");
    }

    // ----- thread safety

    @Test
    void shouldAddEveryItemExactlyOnceWhenMessagesArriveConcurrently() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<String>> tasks = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                String name = "CONC-" + (i % 20);
                tasks.add(() -> company.process(message(itemInventoryAdd(name, name))));
            }
            List<Future<String>> results = pool.invokeAll(tasks, 30, TimeUnit.SECONDS);
            long successes = 0;
            for (Future<String> result : results) {
                if ("0".equals(QbxmlTestResponse.parse(result.get()).statusCode(0))) {
                    successes++;
                }
            }
            assertThat(successes).isEqualTo(20);
        } finally {
            pool.shutdownNow();
        }
        assertThat(company.items()).hasSize(22);
        assertThat(company.items()).extracting(Item::listId).doesNotHaveDuplicates();
        assertThat(company.messageCount()).isEqualTo(40);
    }
}
