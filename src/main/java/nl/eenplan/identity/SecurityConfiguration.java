package nl.eenplan.identity;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; form-action 'self'; "
            + "frame-ancestors 'none'; base-uri 'self'; object-src 'none'";

    @Bean
    PasswordEncoder passwordEncoder() {
        // bcrypt by default; the prefix in each hash lets us move to another algorithm later.
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    SecurityContextRepository securityContextRepository() {
        return new HttpSessionSecurityContextRepository();
    }

    /**
     * No observations of Spring Security's own: no span or timer per filter, per authentication and per
     * authorization decision. Nothing in EenPlan reads them, and every API call paid for them.
     */
    @Bean
    SecurityObservationSettings securityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    /**
     * The OpenAPI document and its rendering as a page are public, so that anyone can learn the API
     * before having a token; they hold no personal data. Only reading: anything else is refused.
     */
    @Bean
    @Order(0)
    SecurityFilterChain publicApiDocument(HttpSecurity http) throws Exception {
        http.securityMatcher("/api/v1/openapi.json", "/api/docs")
                .authorizeHttpRequests(authorize -> authorize
                        .requestMatchers(HttpMethod.GET, "/api/v1/openapi.json", "/api/docs")
                        .permitAll()
                        .anyRequest()
                        .denyAll())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, ApiTokens tokens, ApiRefusals refusals) throws Exception {
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(authorize -> authorize
                        .requestMatchers(HttpMethod.GET, "/api/**")
                        .hasAuthority("SCOPE_read")
                        .anyRequest()
                        .hasAuthority("SCOPE_write"))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // Token authentication, no cookies: nothing for a cross-site request to ride on.
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .addFilterBefore(new ApiTokenFilter(tokens), BasicAuthenticationFilter.class)
                .exceptionHandling(errors -> errors.authenticationEntryPoint(
                                (request, response, e) -> refusals.refuse(request, response, HttpStatus.UNAUTHORIZED))
                        .accessDeniedHandler(
                                (request, response, e) -> refusals.refuse(request, response, HttpStatus.FORBIDDEN)))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'")));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain web(HttpSecurity http, SecurityContextRepository contexts, ProviderLoginSetup provider)
            throws Exception {
        // PasswordAuthentication is the only AuthenticationProvider bean, so Boot makes it the global one.
        var afterPassword = new SavedRequestAwareAuthenticationSuccessHandler();
        var denied = new AccessDeniedHandlerImpl();
        http.authorizeHttpRequests(authorize -> authorize
                        .requestMatchers(
                                "/login",
                                "/login/provider",
                                "/invitation/**",
                                "/forgot-password",
                                "/forgot-password/sent",
                                "/reset-password/*",
                                "/css/**",
                                "/vendor/**",
                                "/images/**",
                                "/about/**",
                                "/theme/**",
                                "/favicon.ico",
                                "/error",
                                "/actuator/health/**")
                        .permitAll()
                        .requestMatchers("/login/second-factor/**")
                        .hasAuthority(Authorities.PENDING)
                        .requestMatchers("/admin/**")
                        .hasRole("ADMINISTRATOR")
                        .anyRequest()
                        .hasAuthority(Authorities.USER))
                .securityContext(context -> context.securityContextRepository(contexts))
                .formLogin(form -> form.loginPage("/login")
                        .usernameParameter("email")
                        .failureHandler(new LoginFailureHandler())
                        .successHandler((request, response, authentication) -> {
                            if (Authorities.isPending(authentication)) {
                                response.sendRedirect(request.getContextPath() + "/login/second-factor");
                            } else {
                                afterPassword.onAuthenticationSuccess(request, response, authentication);
                            }
                        }))
                .logout(logout -> logout.logoutUrl("/logout")
                        .logoutSuccessUrl("/login?logout")
                        .invalidateHttpSession(true)
                        .deleteCookies("JSESSIONID"))
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId())
                        // After 15 idle minutes (server.servlet.session.timeout) the session is gone.
                        .invalidSessionUrl("/login?expired"))
                .exceptionHandling(errors -> errors.accessDeniedHandler((request, response, e) -> {
                    if (Authorities.isPending(SecurityContextHolder.getContext().getAuthentication())) {
                        response.sendRedirect(request.getContextPath() + "/login/second-factor");
                    } else {
                        denied.handle(request, response, e);
                    }
                }))
                .headers(headers -> headers.contentSecurityPolicy(
                                csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY.replace(
                                        "form-action 'self'", "form-action " + provider.formAction())))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)));
        provider.applyTo(http);
        return http.build();
    }
}
