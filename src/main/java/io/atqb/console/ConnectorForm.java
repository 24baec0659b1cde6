package io.atqb.console;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.atqb.connector.WebConnector;

/**
 * The fields of a connector's form, as typed. It becomes the JSON body the admin API takes, so the API's own rules
 * (ConnectorRequests) check it and their messages name the same fields the form shows them next to.
 */
public class ConnectorForm {

    private String name = "";
    private String username = "";
    private String password = "";
    private String companyFile = "";
    private String runEveryMinutes = "";
    private String income = "";
    private String cogs = "";
    private String asset = "";
    private String adjustment = "";
    private boolean syncInventoryNext;

    static ConnectorForm of(WebConnector c) {
        ConnectorForm form = new ConnectorForm();
        form.name = c.name();
        form.username = c.username();
        form.companyFile = c.companyFile();
        form.runEveryMinutes = Integer.toString(c.runEveryMinutes());
        form.income = c.accounts().income();
        form.cogs = c.accounts().cogs();
        form.asset = c.accounts().asset();
        form.adjustment = c.accounts().adjustment();
        form.syncInventoryNext = c.syncInventoryNext();
        return form;
    }

    /** A new connector: every field given (blank optional ones left out, so the API's defaults apply). */
    ObjectNode createBody() {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.put("name", name);
        body.put("username", username);
        body.put("password", password);
        putIfGiven(body, "companyFile", companyFile);
        putMinutes(body);
        ObjectNode accounts = JsonNodeFactory.instance.objectNode();
        putIfGiven(accounts, "income", income);
        putIfGiven(accounts, "cogs", cogs);
        putIfGiven(accounts, "asset", asset);
        putIfGiven(accounts, "adjustment", adjustment);
        if (!accounts.isEmpty()) {
            body.set("accounts", accounts);
        }
        return body;
    }

    /**
     * Changes to {@code current}: every field as typed; the password only when one was typed (blank = keep); the
     * sync flag only on the default connector and only when it differs (saving an unchanged page arms nothing).
     */
    ObjectNode patchBody(WebConnector current) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.put("name", name);
        body.put("username", username);
        if (!password.isEmpty()) {
            body.put("password", password);
        }
        body.put("companyFile", companyFile);
        putMinutes(body);
        ObjectNode accounts = JsonNodeFactory.instance.objectNode();
        accounts.put("income", income);
        accounts.put("cogs", cogs);
        accounts.put("asset", asset);
        accounts.put("adjustment", adjustment);
        body.set("accounts", accounts);
        if (current.isDefault() && syncInventoryNext != current.syncInventoryNext()) {
            body.put("syncInventoryNext", syncInventoryNext);
        }
        return body;
    }

    /** A whole number goes as a number; anything else as typed, which the API refuses with its message. */
    private void putMinutes(ObjectNode body) {
        String minutes = runEveryMinutes.strip();
        if (minutes.isEmpty()) {
            return;
        }
        try {
            body.put("runEveryMinutes", Integer.parseInt(minutes));
        } catch (NumberFormatException e) {
            body.put("runEveryMinutes", minutes);
        }
    }

    private static void putIfGiven(ObjectNode node, String field, String value) {
        if (!value.isBlank()) {
            node.put(field, value);
        }
    }

    private static String nonNull(String value) {
        return value == null ? "" : value;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = nonNull(name);
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = nonNull(username);
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = nonNull(password);
    }

    public String getCompanyFile() {
        return companyFile;
    }

    public void setCompanyFile(String companyFile) {
        this.companyFile = nonNull(companyFile);
    }

    public String getRunEveryMinutes() {
        return runEveryMinutes;
    }

    public void setRunEveryMinutes(String runEveryMinutes) {
        this.runEveryMinutes = nonNull(runEveryMinutes);
    }

    public String getIncome() {
        return income;
    }

    public void setIncome(String income) {
        this.income = nonNull(income);
    }

    public String getCogs() {
        return cogs;
    }

    public void setCogs(String cogs) {
        this.cogs = nonNull(cogs);
    }

    public String getAsset() {
        return asset;
    }

    public void setAsset(String asset) {
        this.asset = nonNull(asset);
    }

    public String getAdjustment() {
        return adjustment;
    }

    public void setAdjustment(String adjustment) {
        this.adjustment = nonNull(adjustment);
    }

    public boolean isSyncInventoryNext() {
        return syncInventoryNext;
    }

    public void setSyncInventoryNext(boolean syncInventoryNext) {
        this.syncInventoryNext = syncInventoryNext;
    }
}
