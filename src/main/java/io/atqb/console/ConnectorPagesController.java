package io.atqb.console;

import io.atqb.connector.ConnectorException;
import io.atqb.connector.ConnectorRequests;
import io.atqb.connector.QwcFileWriter;
import io.atqb.connector.WebConnector;
import io.atqb.connector.WebConnectorService;
import io.atqb.system.PublicUrl;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The Web Connectors pages: the list with the "new connector" form, a connector's page in the product's steps,
 * make default, and the .qwc download. Every change goes through {@link WebConnectorService} with the admin API's
 * request rules; a refusal is shown next to the field it names.
 */
@Controller
class ConnectorPagesController {

    private final WebConnectorService service;
    private final ConnectorContacts contacts;
    private final QwcFileWriter qwcFileWriter;
    private final PublicUrl publicUrl;

    ConnectorPagesController(WebConnectorService service, ConnectorContacts contacts, QwcFileWriter qwcFileWriter,
                             PublicUrl publicUrl) {
        this.service = service;
        this.contacts = contacts;
        this.qwcFileWriter = qwcFileWriter;
        this.publicUrl = publicUrl;
    }

    @GetMapping("/connectors")
    String list(Model model) {
        return listPage(model, new ConnectorForm(), Map.of(), null);
    }

    @PostMapping("/connectors")
    String create(@ModelAttribute("form") ConnectorForm form, Model model, RedirectAttributes redirect,
                  HttpServletResponse response) {
        try {
            WebConnector created = service.create(ConnectorRequests.parseCreate(form.createBody()));
            redirect.addFlashAttribute("notice", "Web connector '" + created.name() + "' created"
                    + (created.isDefault() ? " as the default connector" : "") + ".");
            return "redirect:/connectors/" + created.id();
        } catch (ConnectorException e) {
            response.setStatus(e.status().value());
            return listPage(model, form, fieldErrors(e), globalError(e));
        }
    }

    @GetMapping("/connectors/{id}")
    String connector(@PathVariable long id, Model model) {
        WebConnector connector = service.get(id);
        return connectorPage(model, connector, ConnectorForm.of(connector), Map.of(), null);
    }

    @PostMapping("/connectors/{id}")
    String save(@PathVariable long id, @ModelAttribute("form") ConnectorForm form, Model model,
                RedirectAttributes redirect, HttpServletResponse response) {
        WebConnector current = service.get(id);
        try {
            service.update(id, ConnectorRequests.parsePatch(form.patchBody(current)));
            redirect.addFlashAttribute("notice", "Saved.");
            return "redirect:/connectors/" + id;
        } catch (ConnectorException e) {
            if (e.status() == HttpStatus.NOT_FOUND) {
                throw e;
            }
            form.setPassword("");
            response.setStatus(e.status().value());
            return connectorPage(model, service.get(id), form, fieldErrors(e), globalError(e));
        }
    }

    @PostMapping("/connectors/{id}/default")
    String makeDefault(@PathVariable long id, RedirectAttributes redirect) {
        try {
            WebConnector connector = service.makeDefault(id);
            redirect.addFlashAttribute("notice", "'" + connector.name() + "' is now the default web connector.");
        } catch (ConnectorException e) {
            if (e.status() == HttpStatus.NOT_FOUND) {
                throw e;
            }
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/connectors/" + id;
    }

    @GetMapping("/connectors/{id}/qwc")
    ResponseEntity<String> qwc(@PathVariable long id) {
        WebConnector connector = service.get(id);
        String fileName = connector.username().replaceAll("[^A-Za-z0-9._-]", "_") + ".qwc";
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_XML)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(fileName).build().toString())
                .body(qwcFileWriter.write(connector, publicUrl.base()));
    }

    private String listPage(Model model, ConnectorForm form, Map<String, String> errors, String problem) {
        model.addAttribute("connectors", service.list());
        model.addAttribute("contacts", contacts.lastContacts());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("problem", problem);
        return "console/connectors";
    }

    private String connectorPage(Model model, WebConnector connector, ConnectorForm form, Map<String, String> errors,
                                 String problem) {
        Instant lastContact = contacts.lastContacts().get(connector.id());
        model.addAttribute("connector", connector);
        model.addAttribute("defaultConnector", service.findDefault().orElse(null));
        model.addAttribute("lastContact", lastContact);
        model.addAttribute("qbwcUrl", publicUrl.base() + "/qbwc");
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("problem", problem);
        return "console/connector";
    }

    /** The API's message under the form field it names ("accounts.income" is the form's "income"). */
    static Map<String, String> fieldErrors(ConnectorException e) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (e.field() != null) {
            String field = e.field().startsWith("accounts.") ? e.field().substring("accounts.".length()) : e.field();
            errors.put(field, e.getMessage());
        }
        return errors;
    }

    /** A refusal that names no field is shown above the form. */
    static String globalError(ConnectorException e) {
        return e.field() == null ? e.getMessage() : null;
    }
}
