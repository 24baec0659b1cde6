package io.atqb.sandbox;

import io.atqb.connector.WebConnectorService;
import io.atqb.purchasing.PurchaseOrderLedger;
import io.atqb.purchasing.PurchaseOrderMarking;
import io.atqb.sandbox.autotask.SandboxAutotask;
import io.atqb.sandbox.autotask.SandboxAutotaskDemoTenant;
import io.atqb.sandbox.autotask.SandboxAutotaskServlet;
import io.atqb.sandbox.autotask.SandboxCredentials;
import io.atqb.system.PublicUrl;
import java.time.Clock;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Sandbox mode (see {@link SandboxSwitch}): the service hosts a simulated Autotask with a demo tenant, seeds its
 * demo connector and transfer record where absent, and a simulated Web Connector with an in-memory QuickBooks company
 * polls the service's own SOAP endpoint over real HTTP, so the first poll runs a complete sync.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = SandboxModeEnvironment.ACTIVE, havingValue = "true")
class SandboxMode {

    @Bean
    SandboxAutotask sandboxAutotask() {
        return new SandboxAutotask(SandboxAutotaskDemoTenant.create(), SandboxCredentials.demo());
    }

    @Bean
    ServletRegistrationBean<SandboxAutotaskServlet> sandboxAutotaskServlet(SandboxAutotask autotask) {
        ServletRegistrationBean<SandboxAutotaskServlet> registration =
                new ServletRegistrationBean<>(new SandboxAutotaskServlet(autotask), SandboxModeEnvironment.PATH + "/*");
        registration.setName("sandboxAutotask");
        return registration;
    }

    @Bean(destroyMethod = "shutdownNow")
    ScheduledExecutorService sandboxWebConnectorScheduler() {
        return Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "sandbox-web-connector");
            thread.setDaemon(true);
            return thread;
        });
    }

    @Bean
    SandboxDemo sandboxDemo(WebConnectorService connectors, PurchaseOrderLedger ledger, PurchaseOrderMarking marking,
                            PublicUrl publicUrl,
                            ScheduledExecutorService sandboxWebConnectorScheduler, Clock clock,
                            SandboxProperties properties,
                            @Value("${" + SandboxModeEnvironment.OWN_DATABASE + "}") boolean ownDatabase,
                            @Value("${spring.datasource.url}") String datasourceUrl) {
        return new SandboxDemo(connectors, ledger, marking, publicUrl, sandboxWebConnectorScheduler, clock, properties,
                ownDatabase ? datasourceUrl : null);
    }
}
