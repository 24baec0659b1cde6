package io.atqb;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import io.atqb.connector.ConnectorAccounts;
import io.atqb.connector.ConnectorRequests;
import io.atqb.connector.WebConnector;
import io.atqb.connector.WebConnectorService;
import io.atqb.purchasing.PurchaseOrderLedger;
import io.atqb.purchasing.PurchaseOrderMarking;
import io.atqb.system.PublicUrl;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The package rules of the production code (tests, such as the bench, may use the sandbox freely).
 *
 * <p>The sandbox is fenced. Its simulators ({@code io.atqb.sandbox.autotask}, {@code .quickbooks},
 * {@code .webconnector}) stand in for external systems and speak only their wire formats (Autotask REST JSON, SOAP,
 * qbXML), so they use no type of the service at all. Its wiring ({@code io.atqb.sandbox}) seeds the demo the way an
 * operator would and may use exactly the service's entry points for that: the connector service and the types it
 * takes and answers ({@link WebConnectorService}, {@link WebConnector}, {@link ConnectorRequests},
 * {@link ConnectorAccounts}), the transfer record ({@link PurchaseOrderLedger}), the marking of purchase orders ready
 * to transfer ({@link PurchaseOrderMarking}, what the admin API's "transfer" calls) and the service's address
 * ({@link PublicUrl}). Nothing outside the sandbox may use it.
 */
class ArchitectureTest {

    private static final String SANDBOX = "io.atqb.sandbox..";
    private static final Set<String> SANDBOX_ENTRY_POINTS = Set.of(
            WebConnectorService.class.getName(),
            WebConnector.class.getName(),
            ConnectorRequests.class.getName(),
            ConnectorAccounts.class.getName(),
            PurchaseOrderLedger.class.getName(),
            PurchaseOrderMarking.class.getName(),
            PublicUrl.class.getName());

    private static JavaClasses production;

    @BeforeAll
    static void importProductionClasses() {
        production = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.atqb", "db.migration");
    }

    @Test
    void shouldKeepProductionCodeIndependentOfTheSandbox() {
        ArchRule rule = noClasses().that().resideOutsideOfPackage(SANDBOX)
                .should().dependOnClassesThat().resideInAPackage(SANDBOX)
                .because("sandbox mode is a demo beside the service; the service must run the same without it");

        rule.check(production);
    }

    @Test
    void shouldKeepTheSimulatorsFreeOfTheServicesTypes() {
        ArchRule rule = noClasses().that().resideInAnyPackage("io.atqb.sandbox.autotask..",
                        "io.atqb.sandbox.quickbooks..", "io.atqb.sandbox.webconnector..")
                .should().dependOnClassesThat(serviceTypesExcept(Set.of()))
                .because("the simulators stand in for Autotask, QuickBooks and QBWC, which know nothing of this"
                        + " service");

        rule.check(production);
    }

    @Test
    void shouldLetTheSandboxWiringUseOnlyTheServicesEntryPoints() {
        ArchRule rule = noClasses().that().resideInAPackage(SANDBOX)
                .should().dependOnClassesThat(serviceTypesExcept(SANDBOX_ENTRY_POINTS))
                .because("the sandbox seeds its demo through the entry points an operator's actions reach");

        rule.check(production);
    }

    @Test
    void shouldKeepTheFeaturePackagesFreeOfCycles() {
        ArchRule rule = slices().matching("io.atqb.(*)..").should().beFreeOfCycles();

        rule.check(production);
    }

    /** Classes of the service (io.atqb, outside the sandbox) other than the allowed ones and their nested types. */
    private static DescribedPredicate<JavaClass> serviceTypesExcept(Set<String> allowed) {
        String description = allowed.isEmpty() ? "are service types"
                : "are service types other than " + new TreeSet<>(allowed);
        return DescribedPredicate.describe(description, type -> isServiceType(type) && !isAllowed(type, allowed));
    }

    private static boolean isServiceType(JavaClass type) {
        String name = type.getPackageName();
        return (name.equals("io.atqb") || name.startsWith("io.atqb."))
                && !name.equals("io.atqb.sandbox") && !name.startsWith("io.atqb.sandbox.");
    }

    private static boolean isAllowed(JavaClass type, Set<String> allowed) {
        String name = type.getName();
        int nested = name.indexOf('$');
        return allowed.contains(nested < 0 ? name : name.substring(0, nested));
    }
}
