package io.atqb.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.atqb.AdminApi;
import io.atqb.ServiceTest;
import io.atqb.connector.ConnectorAccounts;
import io.atqb.connector.ConnectorRequests.NewConnector;
import io.atqb.connector.WebConnector;
import io.atqb.connector.WebConnectorService;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The console's pages through MockMvc: sign-in, CSRF, and the connector forms with the API's rules. */
@ServiceTest
@AutoConfigureMockMvc
@DirtiesContext
class ConsolePagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    WebConnectorService connectors;

    static RequestPostProcessor admin() {
        return user(AdminApi.USER).roles("ADMIN");
    }

    @Test
    void shouldSendAnAnonymousVisitorOfAPageToTheLoginForm() throws Exception {
        mvc.perform(get("/connectors")).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("**/login"));
        mvc.perform(get("/login")).andExpect(status().isOk());
    }

    @Test
    void shouldSignInWithTheAdminCredentialsIntoASessionAndOutAgain() throws Exception {
        MvcResult login = mvc.perform(post("/login").param("username", AdminApi.USER)
                        .param("password", AdminApi.PASSWORD).with(csrf()))
                .andExpect(redirectedUrl("/")).andReturn();
        MockHttpSession session = (MockHttpSession) login.getRequest().getSession(false);
        assertThat(session).isNotNull();

        mvc.perform(get("/").session(session)).andExpect(status().isOk());
        mvc.perform(post("/logout").session(session).with(csrf())).andExpect(redirectedUrl("/login?logout"));
        mvc.perform(get("/").session(session)).andExpect(status().is3xxRedirection());
    }

    @Test
    void shouldRefuseAWrongPasswordAtTheLoginForm() throws Exception {
        mvc.perform(post("/login").param("username", AdminApi.USER).param("password", "wrong-password")
                .with(csrf())).andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void shouldRefuseALoginPostedWithoutItsCsrfToken() throws Exception {
        mvc.perform(post("/login").param("username", AdminApi.USER).param("password", AdminApi.PASSWORD))
                .andExpect(status().isForbidden());
    }

    @Test
    void shouldRefuseAFormPostedWithoutItsCsrfTokenAndChangeNothing() throws Exception {
        int before = connectors.list().size();

        mvc.perform(post("/connectors").with(admin()).param("name", "No token").param("username", "qb-no-token")
                .param("password", "long-enough-1")).andExpect(status().isForbidden());
        mvc.perform(post("/connectors").with(admin()).with(SecurityMockMvcRequestPostProcessors.csrf().useInvalidToken())
                .param("name", "Bad token").param("username", "qb-bad-token").param("password", "long-enough-1"))
                .andExpect(status().isForbidden());

        assertThat(connectors.list()).hasSize(before);
    }

    @Test
    void shouldKeepTheApiOnHttpBasicWithoutSessionsOrCsrf() throws Exception {
        mvc.perform(get("/api/connectors").with(admin())).andExpect(status().isOk());
        MvcResult basic = mvc.perform(get("/api/connectors").with(httpBasic(AdminApi.USER, AdminApi.PASSWORD)))
                .andExpect(status().isOk()).andReturn();
        assertThat(basic.getRequest().getSession(false)).isNull();
        mvc.perform(get("/api/connectors")).andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", org.hamcrest.Matchers.startsWith("Basic")));
        // a JSON POST with Basic needs no CSRF token
        mvc.perform(post("/api/connectors").with(httpBasic(AdminApi.USER, AdminApi.PASSWORD))
                        .contentType("application/json").content("{\"name\":\"x\"}"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void shouldShowTheApisRefusalNextToTheFieldItNames() throws Exception {
        Document shortPassword = page(mvc.perform(post("/connectors").with(admin()).with(csrf())
                .param("name", "Main").param("username", "qb-short").param("password", "short"))
                .andExpect(status().isBadRequest()).andReturn());
        assertThat(shortPassword.select("#password-error").text()).contains("password").contains("at least 8");
        assertThat(shortPassword.select("#password").attr("aria-invalid")).isEqualTo("true");
        assertThat(shortPassword.select("#username-error")).isEmpty();
        // what was typed stays, the password does not
        assertThat(shortPassword.select("#name").val()).isEqualTo("Main");
        assertThat(shortPassword.select("#password").val()).isEmpty();

        Document minutes = page(mvc.perform(post("/connectors").with(admin()).with(csrf())
                .param("name", "Main").param("username", "qb-minutes").param("password", "long-enough-1")
                .param("runEveryMinutes", "often")).andExpect(status().isBadRequest()).andReturn());
        assertThat(minutes.select("#runEveryMinutes-error").text()).contains("1 to 1440");

        Document spaces = page(mvc.perform(post("/connectors").with(admin()).with(csrf())
                .param("name", "Main").param("username", "qb user").param("password", "long-enough-1"))
                .andExpect(status().isBadRequest()).andReturn());
        assertThat(spaces.select("#username-error").text()).contains("must not contain spaces");
    }

    @Test
    void shouldCreateAConnectorFromTheFormAndShowADuplicateUserNameAtItsField() throws Exception {
        mvc.perform(post("/connectors").with(admin()).with(csrf()).param("name", "Form made")
                        .param("username", "qb-form").param("password", "long-enough-1").param("companyFile", "")
                        .param("runEveryMinutes", "30"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("/connectors/*"));
        WebConnector created = connectors.list().stream().filter(c -> c.username().equals("qb-form")).findFirst()
                .orElseThrow();
        assertThat(created.runEveryMinutes()).isEqualTo(30);
        assertThat(created.accounts()).isEqualTo(ConnectorAccounts.defaults());

        Document duplicate = page(mvc.perform(post("/connectors").with(admin()).with(csrf()).param("name", "Again")
                .param("username", "QB-FORM").param("password", "long-enough-1"))
                .andExpect(status().isConflict()).andReturn());
        assertThat(duplicate.select("#username-error").text()).contains("already exists");
    }

    @Test
    void shouldArmTheDefaultConnectorFromStep6AndNeverANonDefaultOne() throws Exception {
        WebConnector main = defaultConnector();
        WebConnector branch = connectors.create(new NewConnector("Branch", "qb-branch-" + System.nanoTime(),
                "long-enough-1", "", 15, ConnectorAccounts.defaults()));

        Document mainPage = page(mvc.perform(get("/connectors/" + main.id()).with(admin()))
                .andExpect(status().isOk()).andReturn());
        assertThat(mainPage.select("h2").eachText()).contains("Step 6: Enable Transfer/Sync");
        assertThat(mainPage.select("label[for=syncInventoryNext]").text())
                .isEqualTo("Sync Inventory during next QuickBooks-initiated communication");
        assertThat(mainPage.select("input[name=syncInventoryNext]").hasAttr("disabled")).isFalse();
        assertThat(mainPage.select("button#save").text()).isEqualTo("Save");
        Document branchPage = page(mvc.perform(get("/connectors/" + branch.id()).with(admin())).andReturn());
        assertThat(branchPage.select("input[name=syncInventoryNext]").hasAttr("disabled")).isTrue();

        // a crafted post of the flag for the non-default connector arms nothing
        mvc.perform(post("/connectors/" + branch.id()).with(admin()).with(csrf()).params(formOf(branch))
                .param("syncInventoryNext", "true")).andExpect(status().is3xxRedirection());
        assertThat(connectors.get(branch.id()).syncInventoryNext()).isFalse();

        mvc.perform(post("/connectors/" + main.id()).with(admin()).with(csrf()).params(formOf(main))
                .param("syncInventoryNext", "true")).andExpect(redirectedUrl("/connectors/" + main.id()));
        assertThat(connectors.get(main.id()).syncInventoryNext()).isTrue();

        // saving with the box unticked disarms it again
        mvc.perform(post("/connectors/" + main.id()).with(admin()).with(csrf()).params(formOf(main)))
                .andExpect(status().is3xxRedirection());
        assertThat(connectors.get(main.id()).syncInventoryNext()).isFalse();
    }

    @Test
    void shouldKeepThePasswordWhenSavedEmptyAndChangeItWhenTyped() throws Exception {
        defaultConnector();
        WebConnector main = connectors.create(new NewConnector("Password test", "qb-password-test", "long-enough-1",
                "", 15, ConnectorAccounts.defaults()));
        org.springframework.util.MultiValueMap<String, String> renamed = formOf(main);
        renamed.set("name", "Renamed main");
        mvc.perform(post("/connectors/" + main.id()).with(admin()).with(csrf()).params(renamed))
                .andExpect(status().is3xxRedirection());
        assertThat(connectors.get(main.id()).name()).isEqualTo("Renamed main");
        assertThat(connectors.authenticate(main.username(), "long-enough-1")).contains(main.id());

        mvc.perform(post("/connectors/" + main.id()).with(admin()).with(csrf()).params(formOf(main))
                .param("password", "a-new-password")).andExpect(status().is3xxRedirection());
        assertThat(connectors.authenticate(main.username(), "a-new-password")).contains(main.id());

        org.springframework.util.MultiValueMap<String, String> blank = formOf(main);
        blank.set("income", " ");
        Document blankAccount = page(mvc.perform(post("/connectors/" + main.id()).with(admin()).with(csrf())
                .params(blank)).andExpect(status().isBadRequest()).andReturn());
        assertThat(blankAccount.select("#income-error").text()).contains("accounts.income").contains("blank");
    }

    @Test
    void shouldDownloadTheQwcFileOfAConnector() throws Exception {
        WebConnector main = defaultConnector();
        MvcResult qwc = mvc.perform(get("/connectors/" + main.id() + "/qwc").with(admin()))
                .andExpect(status().isOk()).andReturn();
        assertThat(qwc.getResponse().getHeader("Content-Disposition")).contains(".qwc");
        assertThat(qwc.getResponse().getContentAsString()).contains("<UserName>" + main.username() + "</UserName>");
    }

    @Test
    void shouldAnswerAnUnknownConnectorWithA404Page() throws Exception {
        Document missing = page(mvc.perform(get("/connectors/987654").with(admin()))
                .andExpect(status().isNotFound()).andReturn());
        assertThat(missing.select("h1").text()).contains("404");
    }

    @Test
    void shouldMakeAnotherConnectorTheDefaultButNotWhileTheSyncIsArmed() throws Exception {
        WebConnector main = defaultConnector();
        WebConnector other = connectors.create(new NewConnector("Other", "qb-other-" + System.nanoTime(),
                "long-enough-1", "", 15, ConnectorAccounts.defaults()));
        connectors.setSyncInventoryNext(main.id(), true, "TEST");

        mvc.perform(post("/connectors/" + other.id() + "/default").with(admin()).with(csrf()))
                .andExpect(redirectedUrl("/connectors/" + other.id()))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                        .attribute("problem", org.hamcrest.Matchers.containsString("armed")));
        assertThat(connectors.findDefault()).hasValueSatisfying(d -> assertThat(d.id()).isEqualTo(main.id()));

        connectors.setSyncInventoryNext(main.id(), false, "TEST");
        mvc.perform(post("/connectors/" + other.id() + "/default").with(admin()).with(csrf()))
                .andExpect(redirectedUrl("/connectors/" + other.id()));
        assertThat(connectors.findDefault()).hasValueSatisfying(d -> assertThat(d.id()).isEqualTo(other.id()));
        assertThat(connectors.get(main.id()).isDefault()).isFalse();
        Document otherPage = page(mvc.perform(get("/connectors/" + other.id()).with(admin())).andReturn());
        assertThat(otherPage.select("input[name=syncInventoryNext]").hasAttr("disabled")).isFalse();
        assertThat(otherPage.select("#make-default")).isEmpty();

        // back again, so the other tests find the first connector as the default
        mvc.perform(post("/connectors/" + main.id() + "/default").with(admin()).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(connectors.get(main.id()).isDefault()).isTrue();
    }

    @Test
    void shouldShowWhyThePurchaseOrderSearchFoundNothing() throws Exception {
        Document unreachable = page(mvc.perform(get("/purchase-orders").with(admin()))
                .andExpect(status().isOk()).andReturn());
        assertThat(unreachable.select("p.problem").text()).contains("Autotask could not be read")
                .contains("not configured");
        Document invalid = page(mvc.perform(get("/purchase-orders").param("status", "Lost").with(admin()))
                .andExpect(status().isOk()).andReturn());
        assertThat(invalid.select("p.problem").text()).contains("Invalid 'status'");
    }

    @Test
    void shouldAskForATickBeforeMarkingPurchaseOrders() throws Exception {
        mvc.perform(post("/purchase-orders/transfer").with(admin()).with(csrf()).param("back", "needsResync=true"))
                .andExpect(redirectedUrl("/purchase-orders?needsResync=true"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                        .attribute("problem", org.hamcrest.Matchers.containsString("Tick")));
        mvc.perform(post("/purchase-orders/transfer").with(admin()).param("ids", "31"))
                .andExpect(status().isForbidden());
    }

    @Test
    void shouldShowThePreviewsReasonWhenAutotaskCannotBeRead() throws Exception {
        defaultConnector();
        Document preview = page(mvc.perform(post("/preview").with(admin()).with(csrf()))
                .andExpect(status().isOk()).andReturn());
        assertThat(preview.select("p.problem").text()).contains("Autotask could not be read")
                .contains("not configured");
        assertThat(preview.select("#preview-result")).isEmpty();
        mvc.perform(post("/preview").with(admin())).andExpect(status().isForbidden());
    }

    private WebConnector defaultConnector() {
        return connectors.findDefault().orElseGet(() -> connectors.create(new NewConnector("Main", "qb-main",
                "long-enough-1", "C:\\QB\\main.qbw", 15, ConnectorAccounts.defaults())));
    }

    private static org.springframework.util.MultiValueMap<String, String> formOf(WebConnector c) {
        org.springframework.util.LinkedMultiValueMap<String, String> form = new org.springframework.util.LinkedMultiValueMap<>();
        form.put("name", List.of(c.name()));
        form.put("username", List.of(c.username()));
        form.put("companyFile", List.of(c.companyFile()));
        form.put("runEveryMinutes", List.of(Integer.toString(c.runEveryMinutes())));
        form.put("income", List.of(c.accounts().income()));
        form.put("cogs", List.of(c.accounts().cogs()));
        form.put("asset", List.of(c.accounts().asset()));
        form.put("adjustment", List.of(c.accounts().adjustment()));
        return form;
    }

    static Document page(MvcResult result) throws Exception {
        return Jsoup.parse(result.getResponse().getContentAsString());
    }
}
