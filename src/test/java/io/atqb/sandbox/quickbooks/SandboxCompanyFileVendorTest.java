package io.atqb.sandbox.quickbooks;

import static io.atqb.sandbox.quickbooks.QbxmlTestMessages.attr;
import static io.atqb.sandbox.quickbooks.QbxmlTestMessages.el;
import static io.atqb.sandbox.quickbooks.QbxmlTestMessages.message;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.atqb.qbxml.VendorAddRq;
import io.atqb.qbxml.VendorAddRs;
import io.atqb.qbxml.VendorQueryRq;
import io.atqb.qbxml.VendorQueryRs;
import io.atqb.qbxml.VendorRet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** VendorAdd and VendorQuery: the 41-character name, one name space across vendors, customers and other names. */
class SandboxCompanyFileVendorTest {

    private final PurchasingFixture fixture = new PurchasingFixture();
    private final SandboxCompanyFile company = fixture.company;

    private QbxmlTestResponse sendRaw(QbxmlTestMessages.Node request) {
        return QbxmlTestResponse.parse(company.process(message(request)));
    }

    @Test
    void shouldAddAVendorAndFindItWithoutRegardToCase() {
        VendorAddRs added = fixture.sendOne(new VendorAddRq(null, "Bolt & Nut Ltd"));

        assertThat(added.status().isOk()).isTrue();
        assertThat(added.vendor().name()).isEqualTo("Bolt & Nut Ltd");
        assertThat(added.vendor().active()).isTrue();
        assertThat(company.findVendor("BOLT & NUT LTD")).get().extracting(Vendor::listId)
                .isEqualTo(added.vendor().listId());
        assertThat(company.vendors()).extracting(Vendor::name).containsExactly("Acme Supply", "Bolt & Nut Ltd");
    }

    @Test
    void shouldAcceptAFortyOneCharacterNameAndRefuseFortyTwoWith3070() {
        VendorAddRs longest = fixture.sendOne(new VendorAddRq(null, "V".repeat(41)));
        QbxmlTestResponse tooLong = sendRaw(el("VendorAddRq", attr("requestID", "v2"),
                el("VendorAdd", el("Name", "W".repeat(42)))));

        assertThat(longest.status().isOk()).isTrue();
        assertThat(tooLong.statusCode(0)).isEqualTo("3070");
        assertThat(company.findVendor("W".repeat(42))).isEmpty();
    }

    @Test
    void shouldRefuseANameAnotherVendorHoldsInAnotherCaseWith3100() {
        VendorAddRs refused = fixture.sendOne(new VendorAddRq(null, "ACME supply"));

        assertThat(refused.status().code()).isEqualTo(3100);
        assertThat(refused.status().isError()).isTrue();
        assertThat(company.vendors()).hasSize(1);
    }

    @Test
    void shouldRefuseANameACustomerOrAnOtherNameHoldsWith3100() {
        company.addCustomer("Contoso");
        company.addOtherName("Petty Cash");

        VendorAddRs customerClash = fixture.sendOne(new VendorAddRq(null, "contoso"));
        VendorAddRs otherNameClash = fixture.sendOne(new VendorAddRq(null, "Petty Cash"));
        VendorAddRs free = fixture.sendOne(new VendorAddRq(null, "Contoso Supplies"));

        assertThat(customerClash.status().code()).isEqualTo(3100);
        assertThat(customerClash.status().message()).contains("contoso");
        assertThat(otherNameClash.status().code()).isEqualTo(3100);
        assertThat(free.status().isOk()).isTrue();
        assertThat(company.findVendor("Contoso")).isEmpty();
    }

    @Test
    void shouldRefuseSeedingANameAnyListHolds() {
        company.addCustomer("Contoso");

        assertThatThrownBy(() -> company.addVendor("CONTOSO")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> company.addOtherName("acme supply")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldQueryByFullNameWithoutRegardToCaseAndSayNoMatchWhenNoneExists() {
        VendorQueryRs found = fixture.sendOne(new VendorQueryRq(null, List.of("acme SUPPLY")));
        VendorQueryRs none = fixture.sendOne(new VendorQueryRq(null, List.of("Nobody Inc")));
        VendorQueryRs partly = fixture.sendOne(new VendorQueryRq(null, List.of("Acme Supply", "Nobody Inc")));

        assertThat(found.status().isOk()).isTrue();
        assertThat(found.vendors()).extracting(VendorRet::listId).containsExactly(fixture.vendorId);
        assertThat(none.status().isNoMatch()).isTrue();
        assertThat(none.vendors()).isEmpty();
        assertThat(partly.status().code()).isEqualTo(500);
        assertThat(partly.vendors()).hasSize(1);
    }

    @Test
    void shouldQueryByListIdAndListActiveVendorsWithoutACriterion() {
        QbxmlTestResponse byId = sendRaw(el("VendorQueryRq", attr("requestID", "q1"),
                el("ListID", fixture.vendorId)));
        QbxmlTestResponse all = sendRaw(el("VendorQueryRq", attr("requestID", "q2"),
                el("ActiveStatus", "All")));

        assertThat(byId.text("//VendorRet/Name")).isEqualTo("Acme Supply");
        assertThat(all.texts("//VendorRet/Name")).containsExactly("Acme Supply");
    }

    @Test
    void shouldFailTheMessageWhenVendorAddElementsAreOutOfSchemaOrder() {
        String outOfOrder = message(el("VendorAddRq", attr("requestID", "v1"),
                el("VendorAdd", el("IsActive", "true"), el("Name", "Late Name"))));

        assertThatThrownBy(() -> company.process(outOfOrder)).isInstanceOfSatisfying(QbxmlParseFailure.class,
                failure -> assertThat(failure.reason()).isEqualTo("<VendorAdd> is missing the required element Name"));
        assertThat(company.findVendor("Late Name")).isEmpty();
    }
}
