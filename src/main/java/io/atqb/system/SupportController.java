package io.atqb.system;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The AppSupport page named in .qwc files; QBWC checks that it answers 200 when a connector is added. */
@RestController
class SupportController {

    @GetMapping(value = "/support", produces = MediaType.TEXT_PLAIN_VALUE)
    String support() {
        return "atqb-sync keeps QuickBooks Desktop inventory in step with Autotask PSA.\n"
                + "Administrators: see the admin API under /api (HTTP Basic) and the service log.\n";
    }
}
