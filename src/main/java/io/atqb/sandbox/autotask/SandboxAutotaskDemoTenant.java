package io.atqb.sandbox.autotask;

import java.time.Instant;
import java.util.Map;

/**
 * The demo tenant of sandbox mode: four locations (one inactive, still holding stock), twelve products with awkward
 * names ({@code &}, {@code <}, quotes, apostrophe, non-ASCII, exactly 31 characters, longer than 31, and two names
 * that collide once cut to 31 characters and compared without regard to case), on-hand rows across the locations,
 * vendors and customers (Companies; one vendor name longer than QuickBooks' 41 characters), and purchase orders in
 * every status with lines and receipts. PO {@value #TRANSFERRED_PO_NUMBER} is recorded as transferred to QuickBooks
 * at {@link #TRANSFER_TIME}, with receipts before and after that time, a cancelled (negative) receipt after it and a
 * zero-quantity save; the others were never transferred:
 * <ul>
 * <li>{@link #OPEN_PO} (PO-1002): Received Full, its one line received in full;</li>
 * <li>{@link #SUBMITTED_PO} (PO-1003): Submitted, nothing received;</li>
 * <li>{@link #NEW_PO} (PO-1004): New (not submitted), two lines, a General Memo;</li>
 * <li>{@link #CANCELED_PO} (PO-1005): Canceled;</li>
 * <li>{@link #PARTIAL_PO} (PO-1006): Received Partial from the long-named vendor, with a cancelled receipt;</li>
 * <li>{@link #LONG_NUMBER_PO}: Received Full, a PO number longer than QuickBooks' 11 characters and a General
 * Memo longer than 99.</li>
 * </ul>
 * Statuses use the sandbox's default picklist ({@link SandboxTenant#PO_NEW} ...).
 */
public final class SandboxAutotaskDemoTenant {

    public static final long MAIN_WAREHOUSE = 101;
    public static final long SERVICE_VAN = 102;
    public static final long ANNEX = 103;
    public static final long OLD_DEPOT = 104;

    public static final long WIDGET_KIT = 2001;
    public static final long CABLE = 2002;
    public static final long MONITOR = 2003;
    public static final long RACK_SHELF = 2004;
    public static final long ESPRESSO = 2005;
    public static final long SWITCH_31 = 2006;
    public static final long UPS_LONG_NAME = 2007;
    public static final long LAPTOP_SILVER = 2008;
    public static final long LAPTOP_BLACK = 2009;
    public static final long DOCK = 2010;
    public static final long MOUSE_INACTIVE = 2011;
    public static final long TONER = 2012;

    public static final long TRANSFERRED_PO = 3001;
    public static final String TRANSFERRED_PO_NUMBER = "PO-1001";
    public static final long OPEN_PO = 3002;
    public static final long SUBMITTED_PO = 3003;
    public static final long NEW_PO = 3004;
    public static final long CANCELED_PO = 3005;
    public static final long PARTIAL_PO = 3006;
    public static final long LONG_NUMBER_PO = 3007;
    public static final String LONG_PO_NUMBER = "PO-2026-000123-EXPRESS";

    /** The vendor of PO-1001..1003 (and of every PO the short builder method adds). */
    public static final long VENDOR_INGRAM = 9001;
    public static final long VENDOR_SYNNEX = 9002;
    /** A vendor whose name is longer than 41 characters. */
    public static final long VENDOR_LONG_NAME = 9003;
    public static final long VENDOR_NORTHWIND = 9004;
    public static final long CUSTOMER_ACME_DENTAL = 8001;
    public static final long CUSTOMER_CONTOSO = 8002;

    /** When PO {@value #TRANSFERRED_PO_NUMBER} was recorded as transferred to QuickBooks. */
    public static final Instant TRANSFER_TIME = Instant.parse("2026-03-02T10:00:00Z");

    private SandboxAutotaskDemoTenant() {
    }

    /** The transferred-PO record the service seeds its ledger with: Autotask PO id -> transfer time. */
    public static Map<Long, Instant> transferredPurchaseOrders() {
        return Map.of(TRANSFERRED_PO, TRANSFER_TIME);
    }

    public static SandboxTenant create() {
        SandboxTenant.Builder tenant = SandboxTenant.builder().stockIdBases(5001, 7001);
        tenant.location(MAIN_WAREHOUSE, "Main Warehouse", true)
                .location(SERVICE_VAN, "Service Van #1", true)
                .location(ANNEX, "Annex & Returns", true)
                .location(OLD_DEPOT, "Old Depot (closed)", false);

        tenant.product(WIDGET_KIT, "Widget & Gadget Kit", true)
                .product(CABLE, "Cable <Cat6> 3m", true)
                .product(MONITOR, "Monitor 27\" 4K UHD", true)
                .product(RACK_SHELF, "O'Brien's Rack Shelf", true)
                .product(ESPRESSO, "Café Espresso Maschine Größe L", true)
                .product(SWITCH_31, "Ethernet Switch 24 Port Managed", true)
                .product(UPS_LONG_NAME, "Uninterruptible Power Supply 1500VA Tower", true)
                .product(LAPTOP_SILVER, "Dell Latitude 5540 Laptop i7 16GB RAM Silver", true)
                .product(LAPTOP_BLACK, "DELL LATITUDE 5540 LAPTOP I7 16GB - Black Edition", true)
                .product(DOCK, "USB-C Docking Station", true)
                .product(MOUSE_INACTIVE, "Wireless Mouse (discontinued)", false)
                .product(TONER, "Toner Cartridge 12A", true);

        tenant.stock(WIDGET_KIT, MAIN_WAREHOUSE, 25).stock(WIDGET_KIT, SERVICE_VAN, 3).stock(WIDGET_KIT, OLD_DEPOT, 2)
                .stock(CABLE, MAIN_WAREHOUSE, 120).stock(CABLE, ANNEX, 40)
                .stock(MONITOR, MAIN_WAREHOUSE, 8)
                .stock(RACK_SHELF, MAIN_WAREHOUSE, 4).stock(RACK_SHELF, SERVICE_VAN, 1)
                .stock(ESPRESSO, MAIN_WAREHOUSE, 6).stock(ESPRESSO, OLD_DEPOT, 1)
                .stock(SWITCH_31, MAIN_WAREHOUSE, 10)
                .stock(UPS_LONG_NAME, MAIN_WAREHOUSE, 3).stock(UPS_LONG_NAME, ANNEX, 2)
                .stock(LAPTOP_SILVER, MAIN_WAREHOUSE, 5)
                .stock(LAPTOP_BLACK, MAIN_WAREHOUSE, 7)
                .stock(DOCK, MAIN_WAREHOUSE, 15).stock(DOCK, SERVICE_VAN, 2).stock(DOCK, ANNEX, 1)
                .stock(MOUSE_INACTIVE, MAIN_WAREHOUSE, 9)
                .stock(TONER, ANNEX, 0);

        tenant.customer(CUSTOMER_ACME_DENTAL, "Acme Dental Group")
                .customer(CUSTOMER_CONTOSO, "Contoso Clinics")
                .vendor(VENDOR_INGRAM, "Ingram Micro Inc.")
                .vendor(VENDOR_SYNNEX, "TD SYNNEX & Partners")
                .vendor(VENDOR_LONG_NAME, "Müller Büro-Versand GmbH – Großhandel für Netzwerktechnik")
                .vendor(VENDOR_NORTHWIND, "Northwind Traders");

        Instant created = Instant.parse("2026-02-10T09:00:00Z");
        Instant submitted = Instant.parse("2026-02-11T10:30:00Z");
        tenant.purchaseOrder(TRANSFERRED_PO, TRANSFERRED_PO_NUMBER, SandboxTenant.PO_RECEIVED_PARTIAL)
                .purchaseOrder(OPEN_PO, "PO-1002", SandboxTenant.PO_RECEIVED_FULL)
                .purchaseOrder(SUBMITTED_PO, "PO-1003", SandboxTenant.PO_SUBMITTED)
                .purchaseOrder(NEW_PO, "PO-1004", SandboxTenant.PO_NEW, VENDOR_SYNNEX, created, null,
                        "Rush order – deliver to loading dock B")
                .purchaseOrder(CANCELED_PO, "PO-1005", SandboxTenant.PO_CANCELED, VENDOR_NORTHWIND, created,
                        submitted, null)
                .purchaseOrder(PARTIAL_PO, "PO-1006", SandboxTenant.PO_RECEIVED_PARTIAL, VENDOR_LONG_NAME, created,
                        submitted, "Switches for the Annex & Returns rebuild")
                .purchaseOrder(LONG_NUMBER_PO, LONG_PO_NUMBER, SandboxTenant.PO_RECEIVED_FULL, VENDOR_SYNNEX,
                        created, submitted, "Express delivery requested by the customer; please call the service "
                                + "desk before shipping, and use the rear entrance <gate 3>.");
        tenant.purchaseOrderItem(4001, TRANSFERRED_PO, WIDGET_KIT, MAIN_WAREHOUSE, 10)
                .purchaseOrderItem(4002, TRANSFERRED_PO, ESPRESSO, MAIN_WAREHOUSE, 5)
                .purchaseOrderItem(4003, TRANSFERRED_PO, DOCK, SERVICE_VAN, 4)
                .purchaseOrderItem(4004, OPEN_PO, CABLE, ANNEX, 40)
                .purchaseOrderItem(4005, SUBMITTED_PO, UPS_LONG_NAME, MAIN_WAREHOUSE, 2)
                .purchaseOrderItem(4006, NEW_PO, MONITOR, MAIN_WAREHOUSE, 3, 189.99)
                .purchaseOrderItem(4007, NEW_PO, CABLE, ANNEX, 25, 4.25)
                .purchaseOrderItem(4008, CANCELED_PO, TONER, ANNEX, 5, 62.0)
                .purchaseOrderItem(4009, PARTIAL_PO, SWITCH_31, ANNEX, 4, 310.0)
                .purchaseOrderItem(4010, PARTIAL_PO, DOCK, ANNEX, 6, 129.5)
                .purchaseOrderItem(4011, LONG_NUMBER_PO, RACK_SHELF, MAIN_WAREHOUSE, 2, 74.9);
        tenant.receiving(6001, 4001, 6, Instant.parse("2026-03-01T09:15:00Z"))
                .receiving(6002, 4001, 4, Instant.parse("2026-03-03T14:30:00Z"))
                .receiving(6003, 4002, 5, Instant.parse("2026-03-04T08:00:00Z"))
                .receiving(6004, 4002, -2, Instant.parse("2026-03-05T16:45:00Z"))
                .receiving(6005, 4003, 0, Instant.parse("2026-03-05T17:00:00Z"))
                .receiving(6006, 4003, 4, Instant.parse("2026-03-02T09:59:59Z"))
                .receiving(6007, 4004, 40, Instant.parse("2026-02-20T11:00:00Z"))
                .receiving(6008, 4009, 2, Instant.parse("2026-02-25T13:00:00Z"))
                .receiving(6009, 4010, 6, Instant.parse("2026-02-25T13:05:00Z"))
                .receiving(6010, 4010, -1, Instant.parse("2026-02-26T08:20:00Z"))
                .receiving(6011, 4011, 2, Instant.parse("2026-02-27T15:40:00Z"));
        return tenant.build();
    }
}
