package io.atqb.autotask;

import static io.atqb.sandbox.autotask.SandboxAutotaskDemoTenant.*;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AutotaskSnapshotRouteTest extends AutotaskRouteTestSupport {

    @Test
    void shouldPullTheDemoTenantWhenAutotaskAnswersNormally() {
        AutotaskSnapshot snapshot = autotask.pull(new SnapshotRequest(transferredPurchaseOrders()));

        assertThat(snapshot.locations()).hasSize(4);
        assertThat(snapshot.products()).hasSize(12);
        assertThat(snapshot.totalOnHand(WIDGET_KIT)).isEqualTo(30);
        assertThat(snapshot.ledgerReceipts()).extracting(LedgerReceipt::receivingId).containsExactly(6002L, 6003L, 6004L);
        System.out.println(snapshot.summary());
        System.out.println(SANDBOX.stats().requests());
    }
}
