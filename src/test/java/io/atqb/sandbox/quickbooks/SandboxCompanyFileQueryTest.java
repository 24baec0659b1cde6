package io.atqb.sandbox.quickbooks;

import static io.atqb.sandbox.quickbooks.QbxmlTestMessages.attr;
import static io.atqb.sandbox.quickbooks.QbxmlTestMessages.el;
import static io.atqb.sandbox.quickbooks.QbxmlTestMessages.message;
import static org.assertj.core.api.Assertions.assertThat;

import io.atqb.TestClock;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

class SandboxCompanyFileQueryTest {

    private final TestClock clock = new TestClock(Instant.parse("2025-06-03T15:15:02Z"), ZoneOffset.ofHours(-5));
    private SandboxCompanyFile company;
    private String widgetListId;

    @BeforeEach
    void seed() {
        company = SandboxCompanyFile.withStandardAccounts("Acme Test Co", clock);
        widgetListId = company.addInventoryItem("WID-100", new BigDecimal("42"), true);
        company.addInventoryItem("WID-200", new BigDecimal("2.5"), true);
        company.addInventoryItem("GADGET-1", BigDecimal.ZERO, true);
        company.addInventoryItem("OLD-WIDGET", new BigDecimal("7"), false);
        company.addNonInventoryItem("Shipping");
        company.addServiceItem("Labor");
    }

    private QbxmlTestResponse query(QbxmlTestMessages.Node request) {
        return QbxmlTestResponse.parse(company.process(message(request)));
    }

    @Test
    void shouldReturnActiveInventoryItemsOnlyWhenNoFilterIsGiven() {
        QbxmlTestResponse response = query(el("ItemInventoryQueryRq", attr("requestID", "q-1")));

        assertThat(response.response(0).getTagName()).isEqualTo("ItemInventoryQueryRs");
        assertThat(response.response(0).getAttribute("requestID")).isEqualTo("q-1");
        assertThat(response.statusCode(0)).isEqualTo("0");
        assertThat(response.response(0).getAttribute("statusSeverity")).isEqualTo("Info");
        assertThat(response.response(0).getAttribute("statusMessage")).isEqualTo("Status OK");
        assertThat(response.texts("//ItemInventoryRet/FullName")).containsExactly("WID-100", "WID-200", "GADGET-1");
    }

    @Test
    void shouldStartTheResponseWithQuickBooksXmlDeclaration() {
        String xml = company.process(message(el("ItemInventoryQueryRq")));

        assertThat(xml).startsWith("<?xml version=\"1.0\" ?><QBXML><QBXMLMsgsRs>");
    }

    @Test
    void shouldWriteItemInventoryRetInSchemaOrder() {
        QbxmlTestResponse response = query(el("ItemInventoryQueryRq", el("FullName", "WID-100")));

        Element ret = response.elements("//ItemInventoryRet").get(0);
        assertThat(QbxmlTestResponse.childNames(ret)).containsSubsequence("ListID", "TimeCreated", "TimeModified",
                "EditSequence", "Name", "FullName", "IsActive", "Sublevel", "IncomeAccountRef", "COGSAccountRef",
                "AssetAccountRef", "QuantityOnHand");
        assertThat(response.text("//ItemInventoryRet/ListID")).isEqualTo(widgetListId);
        assertThat(response.text("//ItemInventoryRet/TimeCreated")).isEqualTo("2025-06-03T10:15:02-05:00");
        assertThat(response.text("//ItemInventoryRet/EditSequence")).isEqualTo("1748963702");
        assertThat(response.text("//ItemInventoryRet/IsActive")).isEqualTo("true");
        assertThat(response.text("//ItemInventoryRet/Sublevel")).isEqualTo("0");
        assertThat(response.text("//ItemInventoryRet/IncomeAccountRef/FullName")).isEqualTo("Autotask Other");
        assertThat(response.text("//ItemInventoryRet/COGSAccountRef/FullName")).isEqualTo("Cost of Goods Sold");
        assertThat(response.text("//ItemInventoryRet/AssetAccountRef/FullName")).isEqualTo("Inventory Asset");
        assertThat(response.text("//ItemInventoryRet/QuantityOnHand")).isEqualTo("42");
    }

    @Test
    void shouldFindItemsByFullNameWithoutRegardToCaseIncludingInactiveOnes() {
        QbxmlTestResponse response = query(el("ItemInventoryQueryRq",
                el("FullName", "wid-200"), el("FullName", "old-widget")));

        assertThat(response.statusCode(0)).isEqualTo("0");
        assertThat(response.texts("//ItemInventoryRet/FullName")).containsExactly("WID-200", "OLD-WIDGET");
        assertThat(response.text("//ItemInventoryRet[FullName='WID-200']/QuantityOnHand")).isEqualTo("2.5");
    }

    @Test
    void shouldFindItemsByListId() {
        QbxmlTestResponse response = query(el("ItemInventoryQueryRq", el("ListID", widgetListId)));

        assertThat(response.texts("//ItemInventoryRet/FullName")).containsExactly("WID-100");
    }

    @Test
    void shouldWarnWithStatus500WhenSomeFullNamesAreMissing() {
        QbxmlTestResponse response = query(el("ItemInventoryQueryRq",
                el("FullName", "WID-100"), el("FullName", "NOPE")));

        assertThat(response.statusCode(0)).isEqualTo("500");
        assertThat(response.response(0).getAttribute("statusSeverity")).isEqualTo("Warn");
        assertThat(response.texts("//ItemInventoryRet/FullName")).containsExactly("WID-100");
    }

    @Test
    void shouldAnswerStatus1WhenNothingMatches() {
        QbxmlTestResponse response = query(el("ItemInventoryQueryRq", attr("requestID", "none"),
                el("FullName", "Shipping")));

        assertThat(response.statusCode(0)).isEqualTo("1");
        assertThat(response.response(0).getAttribute("statusSeverity")).isEqualTo("Info");
        assertThat(response.response(0).getAttribute("statusMessage"))
                .isEqualTo("A query request did not find a matching object in QuickBooks");
        assertThat(response.elements("//ItemInventoryRet")).isEmpty();
    }

    @Test
    void shouldFilterByActiveStatus() {
        assertThat(query(el("ItemInventoryQueryRq", el("ActiveStatus", "InactiveOnly")))
                .texts("//ItemInventoryRet/FullName")).containsExactly("OLD-WIDGET");
        assertThat(query(el("ItemInventoryQueryRq", el("ActiveStatus", "All")))
                .texts("//ItemInventoryRet/FullName")).containsExactly("WID-100", "WID-200", "GADGET-1", "OLD-WIDGET");
        assertThat(query(el("ItemInventoryQueryRq", el("ActiveStatus", "ActiveOnly")))
                .texts("//ItemInventoryRet/FullName")).containsExactly("WID-100", "WID-200", "GADGET-1");
    }

    @Test
    void shouldFilterByNameWithEachMatchCriterionWithoutRegardToCase() {
        assertThat(nameFilter("StartsWith", "wid")).containsExactly("WID-100", "WID-200");
        assertThat(nameFilter("Contains", "WIDGET")).containsExactly("OLD-WIDGET");
        assertThat(nameFilter("EndsWith", "-1")).containsExactly("GADGET-1");
        assertThat(nameFilter("Contains", "zzz")).isEmpty();
    }

    private List<String> nameFilter(String criterion, String name) {
        return query(el("ItemInventoryQueryRq", el("ActiveStatus", "All"),
                el("NameFilter", el("MatchCriterion", criterion), el("Name", name))))
                .texts("//ItemInventoryRet/FullName");
    }

    @Test
    void shouldLimitResultsWithMaxReturned() {
        QbxmlTestResponse response = query(el("ItemInventoryQueryRq", el("MaxReturned", "2")));

        assertThat(response.texts("//ItemInventoryRet/FullName")).containsExactly("WID-100", "WID-200");
        assertThat(response.response(0).hasAttribute("iteratorID")).isFalse();
    }

    @Test
    void shouldReturnOnlyTheIncludedElements() {
        QbxmlTestResponse response = query(el("ItemInventoryQueryRq", el("FullName", "WID-100"),
                el("IncludeRetElement", "ListID"), el("IncludeRetElement", "FullName"),
                el("IncludeRetElement", "QuantityOnHand")));

        Element ret = response.elements("//ItemInventoryRet").get(0);
        assertThat(QbxmlTestResponse.childNames(ret)).containsExactly("ListID", "FullName", "QuantityOnHand");
    }

    @Test
    void shouldPageThroughAllMatchesWithAnIterator() {
        for (int i = 1; i <= 5; i++) {
            company.addInventoryItem("PAGE-" + i, BigDecimal.valueOf(i), true);
        }
        QbxmlTestResponse first = query(el("ItemInventoryQueryRq", attr("requestID", "it-1"),
                attr("iterator", "Start"), el("MaxReturned", "3"), el("ActiveStatus", "All")));
        String iteratorId = first.response(0).getAttribute("iteratorID");
        List<String> seen = new ArrayList<>(first.texts("//ItemInventoryRet/FullName"));

        assertThat(iteratorId).matches("\\{[0-9a-f-]{36}}");
        assertThat(first.response(0).getAttribute("iteratorRemainingCount")).isEqualTo("6");
        assertThat(seen).hasSize(3);

        QbxmlTestResponse second = query(el("ItemInventoryQueryRq", attr("requestID", "it-2"),
                attr("iterator", "Continue"), attr("iteratorID", iteratorId), el("MaxReturned", "3")));
        seen.addAll(second.texts("//ItemInventoryRet/FullName"));
        assertThat(second.response(0).getAttribute("iteratorRemainingCount")).isEqualTo("3");
        assertThat(second.response(0).getAttribute("requestID")).isEqualTo("it-2");

        QbxmlTestResponse third = query(el("ItemInventoryQueryRq", attr("requestID", "it-3"),
                attr("iterator", "Continue"), attr("iteratorID", iteratorId), el("MaxReturned", "3")));
        seen.addAll(third.texts("//ItemInventoryRet/FullName"));
        assertThat(third.response(0).getAttribute("iteratorRemainingCount")).isEqualTo("0");

        assertThat(seen).containsExactly("WID-100", "WID-200", "GADGET-1", "OLD-WIDGET",
                "PAGE-1", "PAGE-2", "PAGE-3", "PAGE-4", "PAGE-5");
        assertThat(company.openIteratorCount()).isZero();
    }

    @Test
    void shouldRefuseAnUnknownIteratorId() {
        QbxmlTestResponse response = query(el("ItemInventoryQueryRq", attr("iterator", "Continue"),
                attr("iteratorID", "{00000000-0000-0000-0000-000000000000}")));

        assertThat(response.statusCode(0)).isEqualTo("3391");
        assertThat(response.response(0).getAttribute("statusSeverity")).isEqualTo("Error");
        assertThat(response.response(0).getAttribute("statusMessage")).contains("is not valid");
    }

    @Test
    void shouldInvalidateIteratorsWhenTheSessionEnds() {
        QbxmlTestResponse first = query(el("ItemInventoryQueryRq", attr("iterator", "Start"),
                el("MaxReturned", "1")));
        String iteratorId = first.response(0).getAttribute("iteratorID");

        company.endSession();

        QbxmlTestResponse next = query(el("ItemInventoryQueryRq", attr("iterator", "Continue"),
                attr("iteratorID", iteratorId)));
        assertThat(next.statusCode(0)).isEqualTo("3391");
    }

    @Test
    void shouldReturnEveryItemTypeFromItemQuery() {
        QbxmlTestResponse response = query(el("ItemQueryRq",
                el("FullName", "WID-100"), el("FullName", "shipping"), el("FullName", "LABOR")));

        assertThat(response.response(0).getTagName()).isEqualTo("ItemQueryRs");
        assertThat(response.texts("//ItemInventoryRet/FullName")).containsExactly("WID-100");
        assertThat(response.texts("//ItemNonInventoryRet/FullName")).containsExactly("Shipping");
        assertThat(response.texts("//ItemServiceRet/FullName")).containsExactly("Labor");
    }

    @Test
    void shouldFindOnHandChangesWithFromModifiedDateAlthoughTimeModifiedStays() {
        clock.advance(Duration.ofHours(2));
        company.setQuantityOnHand("WID-200", new BigDecimal("9"));

        QbxmlTestResponse response = query(el("ItemInventoryQueryRq",
                el("FromModifiedDate", "2025-06-03T11:00:00-05:00")));

        assertThat(response.texts("//ItemInventoryRet/FullName")).containsExactly("WID-200");
        assertThat(response.text("//ItemInventoryRet/TimeModified")).isEqualTo("2025-06-03T10:15:02-05:00");
        assertThat(response.text("//ItemInventoryRet/QuantityOnHand")).isEqualTo("9");
    }

    @Test
    void shouldAnswer3020ForAnInvalidFromModifiedDate() {
        QbxmlTestResponse response = query(el("ItemInventoryQueryRq", el("FromModifiedDate", "yesterday")));

        assertThat(response.statusCode(0)).isEqualTo("3020");
    }

    @Test
    void shouldCountMatchesWithMetaDataOnly() {
        QbxmlTestResponse response = query(el("ItemInventoryQueryRq", attr("metaData", "MetaDataOnly")));

        assertThat(response.response(0).getAttribute("retCount")).isEqualTo("3");
        assertThat(response.elements("//ItemInventoryRet")).isEmpty();
    }
}
