package io.atqb.system;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
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
 * HTTP Basic for the admin API under /api; the QBWC SOAP endpoint authenticates its own users (connector
 * passwords), and health, the .qwc support page and the sandbox are open. Wrong passwords are slowed down by
 * {@link SignInThrottle} (429 with Retry-After while locked out).
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

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        BasicAuthenticationEntryPoint entryPoint = new BasicAuthenticationEntryPoint();
        entryPoint.setRealmName("atqb-sync admin");
        entryPoint.afterPropertiesSet();
        http.authorizeHttpRequests(auth -> auth
                        .requestMatchers("/api/**").hasRole("ADMIN")
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
