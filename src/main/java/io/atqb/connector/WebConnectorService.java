package io.atqb.connector;

import io.atqb.connector.ConnectorRequests.ConnectorChanges;
import io.atqb.connector.ConnectorRequests.NewConnector;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates, changes and checks web connectors; arms the complete inventory sync on the default one. */
@Service
public class WebConnectorService {

    /** One OwnerID for the application, as QBWC expects (the FileID is per connector). */
    static final String OWNER_ID = "{5B0D6E38-2C1F-4A7B-9E64-3F8D1A2C7B90}";
    public static final String TRIGGER_ADMIN_API = "ADMIN_API";

    private final WebConnectorRepository repository;
    private final PasswordEncoder passwordEncoder;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final String unknownUserHash;

    public WebConnectorService(WebConnectorRepository repository, PasswordEncoder passwordEncoder,
                               ApplicationEventPublisher events, Clock clock) {
        this.repository = repository;
        this.passwordEncoder = passwordEncoder;
        this.events = events;
        this.clock = clock;
        this.unknownUserHash = passwordEncoder.encode(UUID.randomUUID().toString());
    }

    @Transactional
    public WebConnector create(NewConnector request) {
        if (repository.usernameTaken(request.username(), -1)) {
            throw duplicateUsername(request.username());
        }
        boolean first = !repository.existsAny();
        WebConnector draft = new WebConnector(0, request.name(), request.username(), request.companyFile(),
                request.runEveryMinutes(), first, false, null, request.accounts(), OWNER_ID, newFileId());
        try {
            long id = repository.insert(draft, passwordEncoder.encode(request.password()), clock.instant());
            return get(id);
        } catch (DuplicateKeyException e) {
            // a concurrent request took the username or the default seat; report it as the conflict it is
            throw duplicateUsername(request.username());
        }
    }

    @Transactional(readOnly = true)
    public WebConnector get(long id) {
        return repository.findById(id).orElseThrow(() -> ConnectorException.notFound(id));
    }

    @Transactional(readOnly = true)
    public List<WebConnector> list() {
        return repository.findAll();
    }

    @Transactional(readOnly = true)
    public Optional<WebConnector> findDefault() {
        return repository.findDefault();
    }

    @Transactional
    public WebConnector update(long id, ConnectorChanges changes) {
        WebConnector current = get(id);
        if (Boolean.TRUE.equals(changes.syncInventoryNext()) && !current.isDefault()) {
            throw ConnectorException.conflict("syncInventoryNext", "Only the default web connector"
                    + repository.findDefault().map(d -> " (id " + d.id() + ")").orElse("")
                    + " can receive the complete inventory sync; connector " + id + " is not the default");
        }
        if (changes.username() != null && repository.usernameTaken(changes.username(), id)) {
            throw duplicateUsername(changes.username());
        }
        Instant now = clock.instant();
        WebConnector changed = new WebConnector(id,
                changes.name() != null ? changes.name() : current.name(),
                changes.username() != null ? changes.username() : current.username(),
                changes.companyFile() != null ? changes.companyFile() : current.companyFile(),
                changes.runEveryMinutes() != null ? changes.runEveryMinutes() : current.runEveryMinutes(),
                current.isDefault(), current.syncInventoryNext(), current.lastInventorySync(),
                current.accounts().merge(changes.accounts()), current.ownerId(), current.fileId());
        try {
            repository.update(changed, now);
        } catch (DuplicateKeyException e) {
            throw duplicateUsername(changed.username());
        }
        if (changes.password() != null) {
            repository.updatePassword(id, passwordEncoder.encode(changes.password()), now);
        }
        if (changes.syncInventoryNext() != null) {
            setSyncInventoryNext(id, changes.syncInventoryNext(), TRIGGER_ADMIN_API);
        }
        return get(id);
    }

    /**
     * Arms (or disarms) "Sync Inventory during next QuickBooks-initiated communication" on the default
     * connector and tells the sync about it once the change is committed.
     */
    @Transactional
    public void setSyncInventoryNext(long connectorId, boolean armed, String trigger) {
        repository.setSyncInventoryNext(connectorId, armed, clock.instant());
        if (armed) {
            events.publishEvent(new InventorySyncArmedEvent(connectorId, trigger));
        }
    }

    /**
     * Makes this connector the default one (the one the complete inventory sync and PO transfers go to). Refused
     * while the current default has the sync armed: its run would otherwise lose its connector half-way.
     */
    @Transactional
    public WebConnector makeDefault(long id) {
        WebConnector chosen = get(id);
        if (chosen.isDefault()) {
            return chosen;
        }
        Optional<WebConnector> current = repository.findDefault();
        if (current.isPresent()) {
            repository.lock(current.get().id());
            if (repository.findById(current.get().id()).orElseThrow().syncInventoryNext()) {
                throw ConnectorException.conflict("The default web connector '" + current.get().name()
                        + "' has the complete inventory sync armed; let it finish (or untick it) before another"
                        + " connector becomes the default");
            }
        }
        try {
            repository.moveDefault(id, clock.instant());
        } catch (DuplicateKeyException e) {
            throw ConnectorException.conflict("Another web connector was made the default at the same time;"
                    + " reload and try again");
        }
        return get(id);
    }

    /** The connector whose QBWC user name and password these are, if they are right. */
    @Transactional(readOnly = true)
    public Optional<Long> authenticate(String username, String password) {
        if (username == null || password == null || username.isBlank()) {
            return Optional.empty();
        }
        Optional<WebConnectorRepository.StoredCredential> credential = repository.findCredential(username);
        // bcrypt compares only the first 72 bytes: a longer password is never the stored one, though it would match
        if (credential.isEmpty() || password.getBytes(StandardCharsets.UTF_8).length
                > ConnectorRequests.MAX_PASSWORD_BYTES) {
            // spend the same hashing time for an unknown user, so timing does not tell which user names exist
            passwordEncoder.matches(password, unknownUserHash);
            return Optional.empty();
        }
        return credential.filter(c -> passwordEncoder.matches(password, c.passwordHash()))
                .map(WebConnectorRepository.StoredCredential::connectorId);
    }

    private static String newFileId() {
        return "{" + UUID.randomUUID().toString().toUpperCase(Locale.ROOT) + "}";
    }

    private static ConnectorException duplicateUsername(String username) {
        return ConnectorException.conflict("username", "A web connector with username '" + username + "' already exists");
    }
}
