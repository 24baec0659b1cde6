package io.atqb.system;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationEntryPoint;

/**
 * The admin console's pages use a form login with a session and CSRF tokens (their own filter chain, first);
 * HTTP Basic for the admin API under /api and the actuator's metrics (/actuator/prometheus); the QBWC SOAP endpoint
 * authenticates its own users (connector passwords), and health, the .qwc support page and the sandbox are open.
 * Wrong passwords are slowed down by {@link SignInThrottle} for every one of them (429 with Retry-After on the API
 * while locked out).
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfig {

    private static final Logger LOG = LoggerFactory.getLogger(SecurityConfig.class);

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    /**
     * The one way Spring Security checks a user name and password (HTTP Basic here, any form log-in too): the
     * admin user, behind the sign-in throttle and the cache of recent verifications.
     */
    @Bean
    AuthenticationProvider adminAuthentication(AdminProperties admin, PasswordEncoder encoder, SignInThrottle throttle,
                                               SignInProperties signIn, Clock clock) {
        UserDetailsService users = adminUsers(admin, encoder);
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(users);
        passwords.setPasswordEncoder(encoder);
        return new ThrottledAuthenticationProvider(passwords, users, throttle, new VerifiedCredentials(signIn, clock));
    }

    private static UserDetailsService adminUsers(AdminProperties admin, PasswordEncoder encoder) {
        String password = admin.password();
        if (password.isEmpty()) {
            password = randomPassword();
            LOG.warn("No ATQB_ADMIN_PASSWORD set: the admin API password for user '{}' is: {}  (printed once)",
                    admin.username(), password);
        }
        return new InMemoryUserDetailsManager(
                User.withUsername(admin.username()).password(encoder.encode(password)).roles("ADMIN").build());
    }

    /** The admin console (CONTRACT 8): its pages and their static files; everything else is the chain below. */
    static final String[] CONSOLE_PATHS = {"/", "/login", "/logout", "/connectors", "/connectors/**",
        "/purchase-orders", "/purchase-orders/**", "/inventory-sync/history", "/inventory-sync/history/**",
        "/preview", "/dashboard/**", "/console/**", "/console-denied"};

    /** The console's pages load only their own CSS and script; no inline code, no framing, forms post to us only. */
    private static final String CONSOLE_CSP = "default-src 'self'; img-src 'self' data:; style-src 'self';"
            + " script-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'self'; object-src 'none'";

    /**
     * The console: a form login at /login with the admin credentials, a session cookie, a CSRF token on every form
     * (a POST without it is refused with 403) and a logout. Pages redirect to /login until signed in.
     */
    @Bean
    @Order(10)
    SecurityFilterChain consoleSecurityFilterChain(HttpSecurity http) throws Exception {
        http.securityMatcher(CONSOLE_PATHS)
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/login", "/console/**", "/console-denied").permitAll()
                        .anyRequest().hasRole("ADMIN"))
                .formLogin(form -> form
                        .loginPage("/login")
                        .usernameParameter("username")
                        .passwordParameter("password")
                        .defaultSuccessUrl("/", false)
                        .failureHandler(new ConsoleSignInFailure())
                        .permitAll())
                .logout(logout -> logout
                        .logoutUrl("/logout")
                        .logoutSuccessUrl("/login?logout")
                        .deleteCookies("JSESSIONID"))
                .httpBasic(basic -> basic.disable())
                // a refused form (no or a stale CSRF token) gets the console's own 403 page
                .exceptionHandling(e -> e.accessDeniedPage("/console-denied"))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.IF_REQUIRED))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONSOLE_CSP)));
        return http.build();
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        BasicAuthenticationEntryPoint entryPoint = new BasicAuthenticationEntryPoint();
        entryPoint.setRealmName("atqb-sync admin");
        entryPoint.afterPropertiesSet();
        http.authorizeHttpRequests(auth -> auth
                        .requestMatchers("/api/**").hasRole("ADMIN")
                        // actuator: health (details only for the admin) and info are open, metrics are the admin's
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
                        .requestMatchers("/actuator/**").hasRole("ADMIN")
                        .anyRequest().permitAll())
                .httpBasic(basic -> basic.authenticationEntryPoint(new SignInEntryPoint(entryPoint)))
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .formLogin(form -> form.disable())
                .logout(logout -> logout.disable())
                .headers(Customizer.withDefaults());
        return http.build();
    }

    private static String randomPassword() {
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
