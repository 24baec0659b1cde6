package io.atqb.sandbox.quickbooks;

import static io.atqb.sandbox.quickbooks.QbxmlTestMessages.attr;
import static io.atqb.sandbox.quickbooks.QbxmlTestMessages.el;
import static io.atqb.sandbox.quickbooks.QbxmlTestMessages.itemInventoryAdd;
import static io.atqb.sandbox.quickbooks.QbxmlTestMessages.message;
import static io.atqb.sandbox.quickbooks.QbxmlTestMessages.ref;
import static io.atqb.sandbox.quickbooks.QbxmlTestMessages.refById;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SandboxCompanyFileItemAddTest {

    private SandboxCompanyFile company;

    @BeforeEach
    void seed() {
        company = SandboxCompanyFile.withStandardAccounts("Acme Test Co");
        company.addInventoryItem("Existing Widget", BigDecimal.TEN, true);
        company.addInventoryItem("Retired Widget", BigDecimal.ZERO, false);
        company.addNonInventoryItem("Freight");
        company.addServiceItem("Installation");
    }

    private QbxmlTestResponse send(QbxmlTestMessages.Node request) {
        return QbxmlTestResponse.parse(company.process(message(request)));
    }

    @Test
    void shouldAddAnInventoryItemAndReturnItsRet() {
        QbxmlTestResponse response = send(itemInventoryAdd("add-1", "WID-100"));

        assertThat(response.response(0).getTagName()).isEqualTo("ItemInventoryAddRs");
        assertThat(response.response(0).getAttribute("requestID")).isEqualTo("add-1");
        assertThat(response.statusCode(0)).isEqualTo("0");
        assertThat(response.text("//ItemInventoryRet/Name")).isEqualTo("WID-100");
        assertThat(response.text("//ItemInventoryRet/QuantityOnHand")).isEqualTo("0");
        Item item = company.findItem("wid-100").orElseThrow();
        assertThat(item.listId()).isEqualTo(response.text("//ItemInventoryRet/ListID"));
        assertThat(item.type()).isEqualTo(ItemType.INVENTORY);
        assertThat(item.active()).isTrue();
        assertThat(item.quantityOnHand()).isEqualByComparingTo("0");
        assertThat(item.incomeAccount()).isEqualTo("Autotask Other");
        assertThat(item.cogsAccount()).isEqualTo("Cost of Goods Sold");
        assertThat(item.assetAccount()).isEqualTo("Inventory Asset");
        assertThat(company.requestCount("ItemInventoryAddRq")).isEqualTo(1);
    }

    @Test
    void shouldKeepTheOpeningQuantityAndDescriptionsWhenGiven() {
        send(el("ItemInventoryAddRq", el("ItemInventoryAdd",
                el("Name", "WID-7"),
                el("SalesDesc", "Widget 7 mm"),
                ref("IncomeAccountRef", "Autotask Other"),
                el("PurchaseDesc", "Widget bought"),
                ref("COGSAccountRef", "Cost of Goods Sold"),
                ref("AssetAccountRef", "Inventory Asset"),
                el("QuantityOnHand", "12.5"))));

        Item item = company.findItem("WID-7").orElseThrow();
        assertThat(item.quantityOnHand()).isEqualByComparingTo("12.5");
        assertThat(item.salesDesc()).isEqualTo("Widget 7 mm");
        assertThat(item.purchaseDesc()).isEqualTo("Widget bought");
    }

    @Test
    void shouldAcceptANameOfExactly31Characters() {
        String name = "A".repeat(31);

        QbxmlTestResponse response = send(itemInventoryAdd("add-31", name));

        assertThat(response.statusCode(0)).isEqualTo("0");
        assertThat(company.findItem(name)).isPresent();
    }

    @Test
    void shouldRefuseANameLongerThan31CharactersWith3070() {
        String name = "B".repeat(32);

        QbxmlTestResponse response = send(itemInventoryAdd("add-32", name));

        assertThat(response.statusCode(0)).isEqualTo("3070");
        assertThat(response.response(0).getAttribute("statusSeverity")).isEqualTo("Error");
        assertThat(response.response(0).getAttribute("statusMessage")).contains(name).contains("too long");
        assertThat(company.findItem(name)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Existing Widget", "EXISTING WIDGET", "retired widget", "freight", "INSTALLATION"})
    void shouldRefuseANameInUseByAnyItemTypeWithoutRegardToCase(String name) {
        int itemsBefore = company.items().size();

        QbxmlTestResponse response = send(itemInventoryAdd("dup", name));

        assertThat(response.statusCode(0)).isEqualTo("3100");
        assertThat(response.response(0).getAttribute("statusMessage"))
                .isEqualTo("The name \"" + name + "\" of the list element is already in use.");
        assertThat(company.items()).hasSize(itemsBefore);
    }

    @Test
    void shouldRefuseAnUnknownAccountWith3140() {
        QbxmlTestResponse response = send(el("ItemInventoryAddRq", el("ItemInventoryAdd",
                el("Name", "WID-9"),
                ref("IncomeAccountRef", "Sales That Do Not Exist"),
                ref("COGSAccountRef", "Cost of Goods Sold"),
                ref("AssetAccountRef", "Inventory Asset"))));

        assertThat(response.statusCode(0)).isEqualTo("3140");
        assertThat(response.response(0).getAttribute("statusMessage")).contains("Sales That Do Not Exist");
        assertThat(company.findItem("WID-9")).isEmpty();
    }

    @Test
    void shouldRefuseAnUnknownAccountListIdWith3140() {
        QbxmlTestResponse response = send(el("ItemInventoryAddRq", el("ItemInventoryAdd",
                el("Name", "WID-9"),
                ref("IncomeAccountRef", "Autotask Other"),
                ref("COGSAccountRef", "Cost of Goods Sold"),
                refById("AssetAccountRef", "8000FFFF-1700000000"))));

        assertThat(response.statusCode(0)).isEqualTo("3140");
        assertThat(company.findItem("WID-9")).isEmpty();
    }

    @Test
    void shouldResolveAccountsByListId() {
        String assetListId = company.accounts().stream()
                .filter(account -> account.fullName().equals("Inventory Asset")).findFirst().orElseThrow().listId();

        QbxmlTestResponse response = send(el("ItemInventoryAddRq", el("ItemInventoryAdd",
                el("Name", "WID-10"),
                ref("IncomeAccountRef", "autotask other"),
                ref("COGSAccountRef", "Cost of Goods Sold"),
                refById("AssetAccountRef", assetListId))));

        assertThat(response.statusCode(0)).isEqualTo("0");
        assertThat(response.text("//ItemInventoryRet/AssetAccountRef/ListID")).isEqualTo(assetListId);
        assertThat(company.findItem("WID-10").orElseThrow().assetAccount()).isEqualTo("Inventory Asset");
    }

    @Test
    void shouldRefuseAnInventoryItemWithoutPostingAccounts() {
        QbxmlTestResponse response = send(el("ItemInventoryAddRq", el("ItemInventoryAdd", el("Name", "WID-11"))));

        assertThat(response.statusCode(0)).isEqualTo("3270");
        assertThat(company.findItem("WID-11")).isEmpty();
    }

    @Test
    void shouldCreateASubItemUnderItsParent() {
        send(el("ItemInventoryAddRq", el("ItemInventoryAdd",
                el("Name", "Child"),
                ref("ParentRef", "Existing Widget"),
                ref("IncomeAccountRef", "Autotask Other"),
                ref("COGSAccountRef", "Cost of Goods Sold"),
                ref("AssetAccountRef", "Inventory Asset"))));

        Item child = company.findItem("Existing Widget:Child").orElseThrow();
        assertThat(child.name()).isEqualTo("Child");
        assertThat(child.sublevel()).isEqualTo(1);
    }

    @Test
    void shouldLimitTheReturnedElementsWithIncludeRetElement() {
        QbxmlTestResponse response = send(el("ItemInventoryAddRq", attr("requestID", "r"),
                el("ItemInventoryAdd",
                        el("Name", "WID-12"),
                        ref("IncomeAccountRef", "Autotask Other"),
                        ref("COGSAccountRef", "Cost of Goods Sold"),
                        ref("AssetAccountRef", "Inventory Asset")),
                el("IncludeRetElement", "ListID"),
                el("IncludeRetElement", "EditSequence")));

        assertThat(QbxmlTestResponse.childNames(response.elements("//ItemInventoryRet").get(0)))
                .containsExactly("ListID", "EditSequence");
    }

    @Test
    void shouldRefuseToSeedADuplicateOrTooLongName() {
        assertThatThrownBy(() -> company.addServiceItem("existing widget"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("already in use");
        assertThatThrownBy(() -> company.addNonInventoryItem("C".repeat(32)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("31");
    }
}
