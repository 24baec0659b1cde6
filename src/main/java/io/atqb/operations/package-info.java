/**
 * Operations: the service's own Prometheus meters ({@link io.atqb.operations.OperationsMetrics}), alerts by webhook
 * and e-mail ({@link io.atqb.operations.OperationsAlerts}, route file {@code routes/operations-alerts.camel.yaml}),
 * route files from {@code ATQB_ROUTES_DIR} ({@link io.atqb.operations.RoutesDirEnvironment}) and the log context of
 * a sync ({@link io.atqb.operations.SyncLogContext}). Other packages reach it through the typed methods of
 * {@link io.atqb.operations.OperationsRecorder}, one line at each hook.
 */
package io.atqb.operations;
