package io.atqb.connector;

import io.atqb.system.PublicUrl;
import java.net.URI;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The admin API for web connectors: /api/connectors. */
@RestController
@RequestMapping("/api/connectors")
class WebConnectorController {

    private final WebConnectorService service;
    private final QwcFileWriter qwcFileWriter;
    private final PublicUrl publicUrl;

    WebConnectorController(WebConnectorService service, QwcFileWriter qwcFileWriter, PublicUrl publicUrl) {
        this.service = service;
        this.qwcFileWriter = qwcFileWriter;
        this.publicUrl = publicUrl;
    }

    @PostMapping
    ResponseEntity<ConnectorView> create(@RequestBody ConnectorBody body) {
        WebConnector created = service.create(ConnectorRequests.parseCreate(body.json()));
        return ResponseEntity.created(URI.create("/api/connectors/" + created.id())).body(ConnectorView.of(created));
    }

    @GetMapping
    List<ConnectorView> list() {
        return service.list().stream().map(ConnectorView::of).toList();
    }

    @GetMapping("/{id}")
    ConnectorView get(@PathVariable long id) {
        return ConnectorView.of(service.get(id));
    }

    @PatchMapping("/{id}")
    ConnectorView update(@PathVariable long id, @RequestBody ConnectorBody body) {
        return ConnectorView.of(service.update(id, ConnectorRequests.parsePatch(body.json())));
    }

    @GetMapping("/{id}/qwc")
    ResponseEntity<String> qwc(@PathVariable long id) {
        WebConnector connector = service.get(id);
        String fileName = connector.username().replaceAll("[^A-Za-z0-9._-]", "_") + ".qwc";
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_XML)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(fileName).build().toString())
                .body(qwcFileWriter.write(connector, publicUrl.base()));
    }
}
