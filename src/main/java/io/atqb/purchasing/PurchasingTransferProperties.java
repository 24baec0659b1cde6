package io.atqb.purchasing;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The purchase-order transfer's {@code atqb.purchasing.*} settings (defaults in {@code application.yaml}).
 *
 * @param writeBack after a first transfer, write the QuickBooks PO number to the Autotask PO's externalPONumber
 *                  ({@code ATQB_PURCHASING_WRITE_BACK})
 */
@Validated
@ConfigurationProperties("atqb.purchasing")
public record PurchasingTransferProperties(boolean writeBack) {
}
