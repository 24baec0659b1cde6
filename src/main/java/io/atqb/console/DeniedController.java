package io.atqb.console;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The page a refused console request is forwarded to (a form posted without its CSRF token, or with an expired one):
 * 403 with what to do, in the console's own layout.
 */
@Controller
class DeniedController {

    @RequestMapping("/console-denied")
    String denied(Model model, HttpServletResponse response) {
        response.setStatus(HttpStatus.FORBIDDEN.value());
        model.addAttribute("status", HttpStatus.FORBIDDEN.value());
        model.addAttribute("reason", HttpStatus.FORBIDDEN.getReasonPhrase());
        model.addAttribute("message", "The request was refused: the form's security token was missing or has"
                + " expired (for example after signing in again). Reload the page and try again.");
        return "console/error";
    }
}
