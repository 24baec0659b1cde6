/**
 * A simulated QuickBooks Desktop company file that answers qbXML message sets like QuickBooks' request processor,
 * for tests and the service's sandbox mode. Depends on nothing but the JDK.
 */
package io.atqb.sandbox.quickbooks;
