package io.atqb.console;

import io.atqb.system.ApiException;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** A console page that cannot be shown answers an HTML page with the status and the reason (not the API's JSON). */
@ControllerAdvice(assignableTypes = {DashboardController.class, ConnectorPagesController.class,
        HistoryPagesController.class, PreviewController.class, PurchaseOrderPagesController.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class ConsoleErrors {

    @ExceptionHandler(ApiException.class)
    String api(ApiException e, Model model, HttpServletResponse response) {
        return page(e.status(), e.getMessage(), model, response);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    String badParameter(MethodArgumentTypeMismatchException e, Model model, HttpServletResponse response) {
        return page(HttpStatus.BAD_REQUEST, "Invalid '" + e.getName() + "': " + e.getValue(), model, response);
    }

    private static String page(HttpStatus status, String message, Model model, HttpServletResponse response) {
        response.setStatus(status.value());
        model.addAttribute("status", status.value());
        model.addAttribute("reason", status.getReasonPhrase());
        model.addAttribute("message", message);
        return "console/error";
    }
}
