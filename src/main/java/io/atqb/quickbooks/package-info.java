/**
 * What QuickBooks' answers mean, for every QBWC job type (the complete inventory sync, the purchase-order
 * transfer): how a product name becomes an item name (31 characters, compared without regard to case), which
 * status codes are worth a retry in the next session, what holds a name after a 3100, how a refused request
 * settles, and how a refused many-line request is split to find its bad line. Plain rules on the
 * {@code io.atqb.qbxml} messages; no state, no repositories, nothing from the jobs that use them.
 */
package io.atqb.quickbooks;
