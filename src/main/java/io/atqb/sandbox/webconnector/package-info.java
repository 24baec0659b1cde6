/**
 * A simulated QuickBooks Web Connector (QBWC 2.3) that drives a QBWC SOAP endpoint over HTTP and carries qbXML to a
 * sandbox company file. Speaks only the public SOAP protocol; depends on the JDK, SLF4J and the sandbox company file.
 */
package io.atqb.sandbox.webconnector;
