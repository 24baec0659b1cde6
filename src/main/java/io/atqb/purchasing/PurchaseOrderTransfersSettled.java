package io.atqb.purchasing;

/**
 * Published when a connector's transfer job has nothing more to do for now (finished, failed, or waiting for
 * QuickBooks locks in a later session): a complete sync that waited for it may read Autotask now.
 */
public record PurchaseOrderTransfersSettled(long connectorId) {
}
