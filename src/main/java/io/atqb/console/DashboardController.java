package io.atqb.console;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** {@code /}: the dashboard; {@code /dashboard/running}: its running-sync box, which the page reloads by itself. */
@Controller
class DashboardController {

    private final Dashboard dashboard;

    DashboardController(Dashboard dashboard) {
        this.dashboard = dashboard;
    }

    @GetMapping("/")
    String dashboard(Model model) {
        model.addAttribute("connectors", dashboard.connectorContacts());
        model.addAttribute("lastRun", dashboard.lastRun().orElse(null));
        model.addAttribute("running", dashboard.running().orElse(null));
        model.addAttribute("resync", dashboard.resync());
        model.addAttribute("nextSync", dashboard.nextScheduledSync());
        return "console/dashboard";
    }

    @GetMapping("/dashboard/running")
    String running(Model model) {
        model.addAttribute("running", dashboard.running().orElse(null));
        return "console/dashboard :: running";
    }
}
