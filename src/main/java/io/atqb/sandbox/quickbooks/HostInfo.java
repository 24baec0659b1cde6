package io.atqb.sandbox.quickbooks;

import static io.atqb.sandbox.quickbooks.RetNode.leaf;

import java.util.ArrayList;
import java.util.List;

/** The HostRet, CompanyRet and PreferencesRet of the sandbox: a US QuickBooks 2014 (qbXML 13.0) installation. */
final class HostInfo {

    static final String PRODUCT_NAME = "QuickBooks Pro 2014 (atqb sandbox)";
    static final String MAJOR_VERSION = "24";
    static final String MINOR_VERSION = "0";
    static final String COUNTRY = "US";

    private final CompanyData data;

    HostInfo(CompanyData data) {
        this.data = data;
    }

    RetNode hostRet() {
        List<RetNode> fields = new ArrayList<>();
        fields.add(leaf("ProductName", PRODUCT_NAME));
        fields.add(leaf("MajorVersion", MAJOR_VERSION));
        fields.add(leaf("MinorVersion", MINOR_VERSION));
        fields.add(leaf("Country", COUNTRY));
        for (QbxmlVersion version : QbxmlVersion.SUPPORTED) {
            fields.add(leaf("SupportedQBXMLVersion", version.toString()));
        }
        fields.add(leaf("IsAutomaticLogin", "false"));
        fields.add(leaf("QBFileMode", data.fileMode().qbxmlValue()));
        return RetNode.parent("HostRet", fields);
    }

    RetNode companyRet() {
        return RetNode.parent("CompanyRet",
                leaf("IsSampleCompany", "false"),
                leaf("CompanyName", data.companyName()),
                leaf("LegalCompanyName", data.companyName()));
    }

    RetNode preferencesRet() {
        return RetNode.parent("PreferencesRet",
                RetNode.parent("AccountingPreferences",
                        leaf("IsUsingAccountNumbers", "false"),
                        leaf("IsRequiringAccounts", "true"),
                        leaf("IsUsingClassTracking", "false"),
                        leaf("IsUsingAuditTrail", "true"),
                        leaf("IsAssigningJournalEntryNumbers", "true")),
                RetNode.parent("PurchasesAndVendorsPreferences",
                        leaf("IsUsingInventory", "true"),
                        leaf("DaysBillsAreDue", "10"),
                        leaf("IsAutomaticallyUsingDiscounts", "false")),
                RetNode.parent("CurrentAppAccessRights",
                        leaf("IsAutomaticLoginAllowed", "false"),
                        leaf("IsPersonalDataAccessAllowed", "false")));
    }

    /** The Ret for one of HostQueryRq, CompanyQueryRq, PreferencesQueryRq. */
    RetNode retFor(String requestType) {
        return switch (requestType) {
            case RequestParsers.HOST_QUERY -> hostRet();
            case RequestParsers.COMPANY_QUERY -> companyRet();
            case RequestParsers.PREFERENCES_QUERY -> preferencesRet();
            default -> throw new IllegalArgumentException("Not a host information query: " + requestType);
        };
    }
}
