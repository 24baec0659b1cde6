/**
 * qbXML message model, writer and streaming reader: the language the service speaks to QuickBooks Desktop
 * through the QuickBooks Web Connector. Pure Java (StAX + Jackson annotations), no Spring or Camel.
 */
package io.atqb.qbxml;
