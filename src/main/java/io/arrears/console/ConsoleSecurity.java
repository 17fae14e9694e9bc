package io.arrears.console;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Sign-in and who may open which page. Form login against {@link ConsoleUsers}, CSRF
 * tokens on every form (Thymeleaf adds them), the session ends after
 * {@code server.servlet.session.timeout} idle (application.yml), and security headers: a
 * content security policy that allows nothing but this site, no framing, no referrer
 * beyond it. A failed sign-in never says whether the name exists.
 *
 * <p>
 * Only in a web application: {@code serve} and {@code console}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableWebSecurity
class ConsoleSecurity {

	@Bean
	DaoAuthenticationProvider consoleAuthentication(ConsoleUsers users) {
		DaoAuthenticationProvider provider = new DaoAuthenticationProvider(users);
		provider.setPasswordEncoder(users.encoder());
		return provider;
	}

	@Bean
	SecurityFilterChain console(HttpSecurity http, ConsoleUsers users) throws Exception {
		http.authorizeHttpRequests(authorize -> authorize.requestMatchers("/login", "/console.css", "/error")
			.permitAll()
			// the writes and runs first: a role that may read a page may not always act
			// on it
			.requestMatchers(HttpMethod.POST, "/households/*/holds", "/households/*/waivers", "/month-end/**")
			.hasRole(Role.FINANCE.name())
			.requestMatchers(HttpMethod.POST, "/jobs/**")
			.hasRole(Role.ADMIN.name())
			.requestMatchers(HttpMethod.POST, "/audit/**")
			.hasRole(Role.AUDITOR.name())
			// a notice's PDF names its owner unmasked: not for the administrator, who
			// sees names masked (a collector only for their own households: NoticePdf)
			.requestMatchers("/households/*/notices/**")
			.hasAnyRole(Role.FINANCE.name(), Role.COLLECTOR.name(), Role.AUDITOR.name())
			.requestMatchers("/worklist", "/worklist/**")
			.hasRole(Role.COLLECTOR.name())
			.requestMatchers("/month-end", "/month-end/**", "/documents", "/documents/**")
			.hasAnyRole(Role.FINANCE.name(), Role.AUDITOR.name())
			.requestMatchers("/audit", "/audit/**")
			.hasAnyRole(Role.AUDITOR.name(), Role.ADMIN.name())
			.requestMatchers("/jobs", "/jobs/**")
			.hasAnyRole(Role.ADMIN.name(), Role.AUDITOR.name())
			.requestMatchers("/estates/**")
			.hasAnyRole(Role.FINANCE.name(), Role.AUDITOR.name(), Role.ADMIN.name())
			.anyRequest()
			.authenticated())
			.formLogin(form -> form.loginPage("/login")
				.successHandler(
						(request, response, authentication) -> signedIn(users, request, response, authentication))
				.failureHandler((request, response, exception) -> failed(users, request, response, exception))
				.permitAll())
			.logout(logout -> logout.logoutSuccessUrl("/login?out"))
			.sessionManagement(session -> session.sessionFixation(fixation -> fixation.newSession()))
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(
					"default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; frame-ancestors 'none'; form-action 'self'"))
				.frameOptions(frame -> frame.deny())
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)));
		return http.build();
	}

	/**
	 * Resets the failure count and goes on to the page asked for before signing in (a
	 * link from a notice or a chat), else to {@code /}.
	 */
	private static void signedIn(ConsoleUsers users, HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws IOException, ServletException {
		users.succeeded(authentication.getName());
		new SavedRequestAwareAuthenticationSuccessHandler().onAuthenticationSuccess(request, response, authentication);
	}

	/**
	 * Counts the failure against the name given (nothing happens for a name that does not
	 * exist) and answers the same whatever the reason.
	 */
	private static void failed(ConsoleUsers users, HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException {
		String name = request.getParameter("username");
		if (name != null && !name.isBlank()) {
			users.failed(name.strip());
		}
		response.sendRedirect(request.getContextPath() + "/login?error");
	}

}
