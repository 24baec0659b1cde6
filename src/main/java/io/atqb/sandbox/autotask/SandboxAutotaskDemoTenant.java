package io.atqb.sandbox.autotask;

import java.time.Instant;
import java.util.Map;

/**
 * The demo tenant of sandbox mode: four locations (one inactive, still holding stock), twelve products with awkward
 * names ({@code &}, {@code <}, quotes, apostrophe, non-ASCII, exactly 31 characters, longer than 31, and two names
 * that collide once cut to 31 characters and compared without regard to case), on-hand rows across the locations,
 * and three purchase orders. PO {@value #TRANSFERRED_PO_NUMBER} is recorded as transferred to QuickBooks at
 * {@link #TRANSFER_TIME}, with receipts before and after that time, a cancelled (negative) receipt after it and a
 * zero-quantity save; the other two were never transferred.
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

        tenant.purchaseOrder(TRANSFERRED_PO, TRANSFERRED_PO_NUMBER, 3)
                .purchaseOrder(OPEN_PO, "PO-1002", 3)
                .purchaseOrder(SUBMITTED_PO, "PO-1003", 2);
        tenant.purchaseOrderItem(4001, TRANSFERRED_PO, WIDGET_KIT, MAIN_WAREHOUSE, 10)
                .purchaseOrderItem(4002, TRANSFERRED_PO, ESPRESSO, MAIN_WAREHOUSE, 5)
                .purchaseOrderItem(4003, TRANSFERRED_PO, DOCK, SERVICE_VAN, 4)
                .purchaseOrderItem(4004, OPEN_PO, CABLE, ANNEX, 40)
                .purchaseOrderItem(4005, SUBMITTED_PO, UPS_LONG_NAME, MAIN_WAREHOUSE, 2);
        tenant.receiving(6001, 4001, 6, Instant.parse("2026-03-01T09:15:00Z"))
                .receiving(6002, 4001, 4, Instant.parse("2026-03-03T14:30:00Z"))
                .receiving(6003, 4002, 5, Instant.parse("2026-03-04T08:00:00Z"))
                .receiving(6004, 4002, -2, Instant.parse("2026-03-05T16:45:00Z"))
                .receiving(6005, 4003, 0, Instant.parse("2026-03-05T17:00:00Z"))
                .receiving(6006, 4003, 4, Instant.parse("2026-03-02T09:59:59Z"))
                .receiving(6007, 4004, 40, Instant.parse("2026-02-20T11:00:00Z"));
        return tenant.build();
    }
}
