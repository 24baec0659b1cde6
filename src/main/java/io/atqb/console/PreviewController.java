package io.atqb.console;

import io.atqb.autotask.AutotaskException;
import io.atqb.system.ApiException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * {@code /preview}: "What would a sync change now?". The GET page only offers the button; the POST pulls Autotask
 * (a read that costs API calls, so no link prefetch or reload starts it) and shows the differences.
 */
@Controller
class PreviewController {

    private final SyncPreview preview;

    PreviewController(SyncPreview preview) {
        this.preview = preview;
    }

    @GetMapping("/preview")
    String page() {
        return "console/preview";
    }

    @PostMapping("/preview")
    String run(Model model) {
        try {
            model.addAttribute("result", preview.preview());
        } catch (AutotaskException e) {
            model.addAttribute("problem", "Autotask could not be read: " + e.getMessage());
        } catch (ApiException e) {
            model.addAttribute("problem", e.getMessage());
        }
        return "console/preview";
    }
}
