package io.talknotes.web;

import java.io.IOException;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.stream.Stream;

import io.talknotes.figure.FigureService;
import io.talknotes.note.NoteService;
import io.talknotes.system.TalknotesProperties;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.session.HttpSessionEventPublisher;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.security.SpringSessionBackedSessionRegistry;

/**
 * Who may request what, how people log in and out, and the headers every response is sent
 * with.
 * <p>
 * Reading is open to visitors unless {@code talknotes.public-read=false}; editors add
 * notes and figures and change their own, add, change and delete conferences, companies,
 * projects and speakers, and add, change, cancel and delete talks; admins change anything
 * and manage accounts. Every state-changing request must carry the CSRF token that the
 * forms hold. Requests no rule below names are for admins only, so a new route is closed
 * until it gets a rule.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(TalknotesProperties.class)
public class SecurityConfiguration {

	/**
	 * Pages load scripts, styles and images only from the app itself and run no inline
	 * code, so HTML that slipped into a note could not run.
	 */
	/**
	 * Set on a request refused for a missing or stale CSRF token; the 403 page reads it.
	 */
	static final String FORM_EXPIRED = "formExpired";

	static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
			+ "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

	@Bean
	SecurityFilterChain talknotesSecurity(HttpSecurity http, TalknotesProperties properties,
			ObjectProvider<NoteService> notes, ObjectProvider<FigureService> figures, SessionRegistry sessions) {
		Ownership ofNote = new Ownership((id) -> ownerOf(notes, NoteService::ownerOf, id));
		Ownership ofFigure = new Ownership((id) -> ownerOf(figures, FigureService::ownerOf, id));
		http.authorizeHttpRequests((routes) -> rules(routes, properties.publicRead(), ofNote, ofFigure));
		http.csrf((csrf) -> csrf.csrfTokenRepository(new CsrfTokensInSession()));
		http.exceptionHandling((denied) -> denied.accessDeniedHandler(SecurityConfiguration::denied));
		http.formLogin((login) -> login.loginPage("/login").failureUrl("/login?error"));
		// Credentials may come as HTTP Basic too (a metrics scraper sends them so); who
		// sends none is still sent to the login page.
		http.httpBasic((basic) -> basic.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint("/login")));
		// Sessions are registered so that changing or disabling an account can end them
		http.sessionManagement(
				(session) -> session.maximumSessions(-1).sessionRegistry(sessions).expiredUrl("/login?expired"));
		http.logout((logout) -> logout.logoutSuccessUrl("/login?logout"));
		http.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(POLICY))
			.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
			.frameOptions((frames) -> frames.deny()));
		return http.build();
	}

	/**
	 * Who may request what. The first rule that matches a request decides; the last one
	 * keeps routes no other rule names for admins.
	 */
	private static void rules(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes,
			boolean publicRead, Ownership ofNote, Ownership ofFigure) {
		routes
			.requestMatchers("/login", "/error", "/css/**", "/js/**", "/webjars/**", "/favicon*.svg",
					"/actuator/health", "/actuator/health/**")
			.permitAll();
		// Metrics tell how the app is used: for admins, who may send HTTP Basic
		// credentials (a Prometheus scraper does).
		routes.requestMatchers("/actuator/**").hasRole("ADMIN");
		routes.requestMatchers("/admin/**").hasRole("ADMIN");
		routes.requestMatchers("/account/**").authenticated();
		routes.requestMatchers(HttpMethod.GET, "/talks/new", "/talks/{slug}/edit", "/talks/{slug}/delete")
			.hasRole("EDITOR");
		routes
			.requestMatchers(HttpMethod.POST, "/talks", "/talks/{slug}", "/talks/{slug}/delete", "/talks/{slug}/cancel",
					"/talks/{slug}/reinstate")
			.hasRole("EDITOR");
		routes
			.requestMatchers(HttpMethod.POST, "/talks/{slug}/notes", "/talks/{slug}/notes/preview",
					"/talks/{slug}/figures", "/talks/{slug}/figures/restore", "/talks/{slug}/metrics")
			.hasRole("EDITOR");
		routes.requestMatchers(HttpMethod.GET, "/talks/{slug}/figures/new").hasRole("EDITOR");
		routes.requestMatchers(HttpMethod.GET, "/talks/{slug}/notes/{id}/edit", "/talks/{slug}/notes/{id}/delete")
			.access(ofNote);
		routes
			.requestMatchers(HttpMethod.POST, "/talks/{slug}/notes/{id}", "/talks/{slug}/notes/{id}/delete",
					"/talks/{slug}/notes/{id}/history/{number}/restore", "/trash/{id}/restore")
			.access(ofNote);
		routes.requestMatchers(HttpMethod.GET, catalogue("/new", "/{slug}/edit", "/{slug}/delete")).hasRole("EDITOR");
		routes.requestMatchers(HttpMethod.POST, catalogue("", "/{slug}", "/{slug}/delete")).hasRole("EDITOR");
		routes.requestMatchers(HttpMethod.GET, "/trash").hasRole("EDITOR");
		routes.requestMatchers("/import", "/import/**").hasRole("EDITOR");
		routes.requestMatchers("/trash/{id}/purge").hasRole("ADMIN");
		routes.requestMatchers(HttpMethod.GET, "/talks/{slug}/figures/{id}/edit", "/talks/{slug}/figures/{id}/delete")
			.access(ofFigure);
		routes
			.requestMatchers(HttpMethod.POST, "/talks/{slug}/figures/{id}", "/talks/{slug}/figures/{id}/delete",
					"/talks/{slug}/metrics/{id}", "/talks/{slug}/metrics/{id}/delete")
			.access(ofFigure);
		read(routes.requestMatchers(HttpMethod.GET), publicRead);
		read(routes.requestMatchers(HttpMethod.HEAD), publicRead);
		routes.anyRequest().hasRole("ADMIN");
	}

	/**
	 * The routes that end so under each kind of item editors add, change and delete by
	 * hand: conferences, companies, projects and speakers.
	 */
	private static String[] catalogue(String... endings) {
		return Stream.of("/conferences", "/companies", "/projects", "/speakers")
			.flatMap((items) -> Stream.of(endings).map((ending) -> items + ending))
			.toArray(String[]::new);
	}

	/**
	 * The sessions open per account, so that changing or disabling an account ends them.
	 * Sessions are kept in the database (Spring Session), so that any node serves any
	 * session and an account changed on one node is logged out on all of them; in a test
	 * of one controller, without a database, they are kept in memory.
	 */
	@Bean
	SessionRegistry sessionRegistry(ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> stored) {
		FindByIndexNameSessionRepository<? extends Session> sessions = stored.getIfAvailable();
		return (sessions != null) ? new SpringSessionBackedSessionRegistry<>(sessions) : new SessionRegistryImpl();
	}

	/** Tells the session registry when a session ends, so that it forgets it. */
	@Bean
	static HttpSessionEventPublisher httpSessionEventPublisher() {
		return new HttpSessionEventPublisher();
	}

	/**
	 * Refuses with the 403 page; a form sent without its token (its session ended, or it
	 * came from another site) gets a page that says to reload and send it again, since
	 * nothing is wrong with the account.
	 */
	private static void denied(HttpServletRequest request, HttpServletResponse response, AccessDeniedException ex)
			throws IOException {
		if (ex instanceof CsrfException) {
			request.setAttribute(FORM_EXPIRED, true);
		}
		response.sendError(HttpServletResponse.SC_FORBIDDEN);
	}

	/**
	 * Requests are timed once, by Spring MVC's observation ({@code http.server.requests}
	 * in the metrics); Spring Security's filters, authorizations and authentications are
	 * not observed one by one, which took a quarter to a half of the time of a page
	 * answered from the browser's copy (see docs/benchmarks.md, Pages).
	 */
	@Bean
	static SecurityObservationSettings securityObservations() {
		return SecurityObservationSettings.noObservations();
	}

	/** Admins may do what editors may, and editors what readers may. */
	@Bean
	static RoleHierarchy roleHierarchy() {
		return RoleHierarchyImpl.withDefaultRolePrefix()
			.role("ADMIN")
			.implies("EDITOR")
			.role("EDITOR")
			.implies("READER")
			.build();
	}

	private static void read(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizedUrl route, boolean publicRead) {
		if (publicRead) {
			route.permitAll();
		}
		else {
			route.authenticated();
		}
	}

	/**
	 * Whom what an id names belongs to, asked of the feature's service; nothing when the
	 * service is not there (in tests of one controller).
	 */
	private static <S> Optional<String> ownerOf(ObjectProvider<S> service, BiFunction<S, Long, Optional<String>> owner,
			Long id) {
		S available = service.getIfAvailable();
		return (available != null) ? owner.apply(available, id) : Optional.empty();
	}

}
