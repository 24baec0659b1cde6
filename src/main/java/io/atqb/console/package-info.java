/**
 * The admin console (issue 11, CONTRACT 8): server-rendered pages (Spring MVC + Thymeleaf) over the service's own
 * Java services — dashboard, web connectors, purchase orders, the Inventory Synchronization History and the sync
 * preview — and the history's CSV download. Nothing else depends on this package.
 */
package io.atqb.console;
