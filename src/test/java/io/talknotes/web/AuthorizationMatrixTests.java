package io.talknotes.web;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.talknotes.RunningApplication;
import io.talknotes.TestAccounts;
import io.talknotes.WebSession;
import io.talknotes.account.AccountService;
import io.talknotes.account.Role;
import io.talknotes.company.CompanyForm;
import io.talknotes.company.CompanyService;
import io.talknotes.conference.ConferenceForm;
import io.talknotes.conference.ConferenceService;
import io.talknotes.imports.ImportService;
import io.talknotes.imports.ScheduleUpload;
import io.talknotes.figure.FigureForm;
import io.talknotes.figure.FigureService;
import io.talknotes.note.NoteForm;
import io.talknotes.note.NoteService;
import io.talknotes.project.ProjectForm;
import io.talknotes.project.ProjectService;
import io.talknotes.speaker.SpeakerForm;
import io.talknotes.speaker.SpeakerService;
import io.talknotes.talk.TalkEditing;
import io.talknotes.talk.TalkForm;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who may use which route: every route the running application maps, requested by a
 * visitor, a reader, an editor, another editor (who did not write the note or figure the
 * route names) and an admin, with the CSRF token on state-changing requests, against the
 * table below. A route that is not in the table fails the build: whoever adds one decides
 * who may use it.
 */
class AuthorizationMatrixTests {

	private static final String TALK = "helm-3-deep-dive";

	private static final String CONFERENCE = "kubecon-cloudnativecon-na-2019";

	/** Reached the page: it answered (2xx, 3xx elsewhere than the login page, or 404). */
	private static final Answer PAGE = Answer.PAGE;

	private static final Answer LOGIN = Answer.LOGIN;

	private static final Answer DENIED = Answer.DENIED;

	private static final List<Answer> EVERYONE = List.of(PAGE, PAGE, PAGE, PAGE, PAGE);

	private static final List<Answer> LOGGED_IN = List.of(LOGIN, PAGE, PAGE, PAGE, PAGE);

	private static final List<Answer> EDITORS = List.of(LOGIN, DENIED, PAGE, PAGE, PAGE);

	private static final List<Answer> OWNER_OR_ADMIN = List.of(LOGIN, DENIED, PAGE, DENIED, PAGE);

	private static final List<Answer> ADMINS = List.of(LOGIN, DENIED, DENIED, DENIED, PAGE);

	/**
	 * Expected answers, in the order of {@link Who}: visitor, reader, editor, other,
	 * admin.
	 */
	private static final Map<String, List<Answer>> EXPECTED = new TreeMap<>(Map.ofEntries(Map.entry("GET /", EVERYONE),
			Map.entry("GET /login", EVERYONE), Map.entry("GET /talks", EVERYONE),
			Map.entry("GET /talks/{slug}", EVERYONE), Map.entry("GET /conferences/{slug}", EVERYONE),
			Map.entry("GET /companies", EVERYONE), Map.entry("GET /companies/{slug}", EVERYONE),
			Map.entry("GET /projects", EVERYONE), Map.entry("GET /projects/{slug}", EVERYONE),
			Map.entry("GET /speakers/{slug}", EVERYONE), Map.entry("GET /figures", EVERYONE),
			Map.entry("GET /figures.csv", EVERYONE), Map.entry("GET /metrics", EVERYONE),
			Map.entry("GET /metrics.csv", EVERYONE), Map.entry("GET /api/v1/metrics/parse", EVERYONE),
			Map.entry("GET /talks/{slug}/metrics/new", EVERYONE),
			Map.entry("GET /talks/{slug}/metrics/{id}/edit", EVERYONE),
			Map.entry("GET /talks/{slug}/metrics/{id}/delete", EVERYONE),
			Map.entry("POST /talks/{slug}/metrics", EDITORS),
			Map.entry("POST /talks/{slug}/metrics/{id}", OWNER_OR_ADMIN),
			Map.entry("POST /talks/{slug}/metrics/{id}/delete", OWNER_OR_ADMIN), Map.entry("GET /search", EVERYONE),
			Map.entry("GET /api/v1/figures/parse", EVERYONE), Map.entry("GET /v3/api-docs", EVERYONE),
			Map.entry("GET /v3/api-docs.yaml", EVERYONE), Map.entry("GET /account/password", LOGGED_IN),
			Map.entry("POST /account/password", LOGGED_IN), Map.entry("POST /talks/{slug}/notes", EDITORS),
			Map.entry("POST /talks/{slug}/figures", EDITORS), Map.entry("GET /talks/{slug}/figures/new", EDITORS),
			Map.entry("POST /talks/{slug}/figures/restore", EDITORS),
			Map.entry("POST /talks/{slug}/notes/preview", EDITORS), Map.entry("GET /talks/{slug}/notes/{id}", EVERYONE),
			Map.entry("GET /talks/{slug}/notes/{id}/edit", OWNER_OR_ADMIN),
			Map.entry("POST /talks/{slug}/notes/{id}", OWNER_OR_ADMIN),
			Map.entry("GET /talks/{slug}/notes/{id}/delete", OWNER_OR_ADMIN),
			Map.entry("POST /talks/{slug}/notes/{id}/delete", OWNER_OR_ADMIN),
			Map.entry("GET /talks/{slug}/figures/{id}/edit", OWNER_OR_ADMIN),
			Map.entry("POST /talks/{slug}/figures/{id}", OWNER_OR_ADMIN),
			Map.entry("GET /talks/{slug}/figures/{id}/delete", OWNER_OR_ADMIN),
			Map.entry("POST /talks/{slug}/figures/{id}/delete", OWNER_OR_ADMIN),
			Map.entry("GET /admin/accounts", ADMINS), Map.entry("POST /admin/accounts", ADMINS),
			Map.entry("POST /admin/accounts/{username}/role", ADMINS),
			Map.entry("POST /admin/accounts/{username}/password", ADMINS),
			Map.entry("POST /admin/accounts/{username}/enabled", ADMINS),
			Map.entry("GET /talks/{slug}/notes/{id}/history", EVERYONE),
			Map.entry("GET /talks/{slug}/notes/{id}/history/diff", EVERYONE),
			Map.entry("POST /talks/{slug}/notes/{id}/history/{number}/restore", OWNER_OR_ADMIN),
			Map.entry("GET /trash", EDITORS), Map.entry("POST /trash/{id}/restore", OWNER_OR_ADMIN),
			Map.entry("GET /trash/{id}/purge", ADMINS), Map.entry("POST /trash/{id}/purge", ADMINS),
			Map.entry("GET /conferences/new", EDITORS), Map.entry("POST /conferences", EDITORS),
			Map.entry("GET /conferences/{slug}/edit", EDITORS), Map.entry("POST /conferences/{slug}", EDITORS),
			Map.entry("GET /conferences/{slug}/delete", EDITORS), Map.entry("POST /conferences/{slug}/delete", EDITORS),
			Map.entry("GET /companies/new", EDITORS), Map.entry("POST /companies", EDITORS),
			Map.entry("GET /companies/{slug}/edit", EDITORS), Map.entry("POST /companies/{slug}", EDITORS),
			Map.entry("GET /companies/{slug}/delete", EDITORS), Map.entry("POST /companies/{slug}/delete", EDITORS),
			Map.entry("GET /projects/new", EDITORS), Map.entry("POST /projects", EDITORS),
			Map.entry("GET /projects/{slug}/edit", EDITORS), Map.entry("POST /projects/{slug}", EDITORS),
			Map.entry("GET /projects/{slug}/delete", EDITORS), Map.entry("POST /projects/{slug}/delete", EDITORS),
			Map.entry("GET /speakers/new", EDITORS), Map.entry("POST /speakers", EDITORS),
			Map.entry("GET /speakers/{slug}/edit", EDITORS), Map.entry("POST /speakers/{slug}", EDITORS),
			Map.entry("GET /speakers/{slug}/delete", EDITORS), Map.entry("POST /speakers/{slug}/delete", EDITORS),
			Map.entry("GET /talks/new", EDITORS), Map.entry("POST /talks", EDITORS),
			Map.entry("GET /talks/{slug}/edit", EDITORS), Map.entry("POST /talks/{slug}", EDITORS),
			Map.entry("GET /talks/{slug}/delete", EDITORS), Map.entry("POST /talks/{slug}/delete", EDITORS),
			Map.entry("POST /talks/{slug}/cancel", EDITORS), Map.entry("POST /talks/{slug}/reinstate", EDITORS),
			Map.entry("GET /import", EDITORS), Map.entry("POST /import", EDITORS),
			Map.entry("GET /import/{id}", EDITORS), Map.entry("POST /import/{id}/apply", EDITORS),
			Map.entry("GET /actuator/health", EVERYONE), Map.entry("GET /actuator/health/**", EVERYONE),
			Map.entry("GET /actuator/prometheus", ADMINS), Map.entry("GET /actuator", ADMINS)));

	/**
	 * Where a route's pattern matches several paths, the one requested: the readiness
	 * probe stands for every path under {@code /actuator/health}.
	 */
	private static final Map<String, String> PATHS = Map.of("GET /actuator/health/**", "/actuator/health/readiness");

	/**
	 * Routes of the framework that answer for any caller and any status: the error page.
	 */
	private static final Set<String> UNCHECKED = Set.of("GET /error");

	/** A schedule file of one session, as an import takes it. */
	private static final String SCHEDULE = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nX-WR-CALNAME:Matrix Conf\r\n"
			+ "BEGIN:VEVENT\r\nUID:matrix-1\r\nDTSTART:20310201T090000Z\r\nSUMMARY:Matrix talk\r\n"
			+ "END:VEVENT\r\nEND:VCALENDAR\r\n";

	/** What a route is sent besides its path, so that the page can do its work. */
	private static final Map<String, String> PARAMETERS = Map.ofEntries(Map.entry("GET /search", "q=helm"),
			Map.entry("GET /api/v1/figures/parse", "text=35M%20QPS"),
			Map.entry("POST /account/password", "currentPassword=not-mine&newPassword=x&repeatedPassword=x"),
			Map.entry("POST /talks/{slug}/notes", "body=Matrix%20note"),
			Map.entry("POST /talks/{slug}/notes/preview", "body=Matrix%20**preview**"),
			Map.entry("POST /talks/{slug}/notes/{id}", "version=0&body=Matrix%20edit"),
			Map.entry("POST /talks/{slug}/figures", "text=5%20pods"),
			Map.entry("POST /talks/{slug}/figures/restore", "text=7%20pods&position=9"),
			Map.entry("POST /talks/{slug}/figures/{id}", "text=6%20pods&version=0"),
			Map.entry("POST /talks/{slug}/figures/{id}/delete", "version=0"),
			Map.entry("GET /talks/{slug}/notes/{id}/history/diff", "from=1&to=1"),
			Map.entry("POST /talks/{slug}/notes/{id}/history/{number}/restore", "version=0"),
			Map.entry("POST /admin/accounts/{username}/role", "role=READER"),
			Map.entry("POST /admin/accounts/{username}/password", "password=" + TestAccounts.PASSWORD),
			Map.entry("POST /admin/accounts/{username}/enabled", "enabled=true"),
			Map.entry("POST /conferences", "name=Matrix%20conference&startsOn=2025-06-12&timeZone=Europe/Prague"),
			Map.entry("POST /conferences/{slug}", "name=Matrix%20renamed%20conference&city=Brno"),
			Map.entry("POST /companies", "name=Matrix%20company&websiteUrl=https://matrix.example/"),
			Map.entry("POST /companies/{slug}", "name=Matrix%20renamed%20company"),
			Map.entry("POST /projects", "name=Matrix%20project&maturity=sandbox"),
			Map.entry("POST /projects/{slug}", "name=Matrix%20renamed%20project&maturity=graduated"),
			Map.entry("POST /speakers", "name=Matrix%20speaker&company=Lyft"),
			Map.entry("POST /speakers/{slug}", "name=Matrix%20renamed%20speaker&company=Matrix%20company"),
			Map.entry("GET /talks/new", "conference=" + CONFERENCE),
			Map.entry("POST /talks", "conference=" + CONFERENCE + "&title=Matrix%20talk&kind=talk"),
			Map.entry("POST /talks/{slug}", "title=Matrix%20edit&kind=talk"),
			Map.entry("POST /import", "text=" + URLEncoder.encode(SCHEDULE, StandardCharsets.UTF_8)));

	/** The routes that change or delete a conference, company, project or speaker. */
	private static final Pattern CHANGES_AN_ITEM = Pattern
		.compile("(?:POST /(?<posted>KINDS)/\\{slug}(?:/delete)?|GET /(?<opened>KINDS)/\\{slug}/(?:edit|delete))"
			.replace("KINDS", "conferences|companies|projects|speakers"));

	private static final AtomicInteger fresh = new AtomicInteger();

	/**
	 * Routes that change or delete the talk they name: each request gets a talk of its
	 * own, so that no seeded talk is renamed, cancelled or deleted under the other rows.
	 */
	private static final Pattern OWN_TALK = Pattern.compile("/talks/\\{slug}(/(edit|delete|cancel|reinstate))?");

	/** The account the admin routes change, so that no session of the matrix is ended. */
	private static final String TARGET = "matrix-target";

	@TempDir
	static Path dataDir;

	private static RunningApplication app;

	private static Map<Who, WebSession> sessions;

	@BeforeAll
	static void start() {
		app = RunningApplication
			.start(List.of("--server.port=0", "--server.address=127.0.0.1", "--talknotes.data-dir=" + dataDir));
		TestAccounts.create(app);
		app.bean(AccountService.class).create(TARGET, "Matrix Target", Role.READER, TestAccounts.PASSWORD);
		sessions = new EnumMap<>(Who.class);
		sessions.put(Who.VISITOR, WebSession.visitor(app));
		sessions.put(Who.READER, WebSession.loggedIn(app, TestAccounts.READER, TestAccounts.PASSWORD));
		sessions.put(Who.EDITOR, WebSession.loggedIn(app, TestAccounts.EDITOR, TestAccounts.PASSWORD));
		sessions.put(Who.OTHER_EDITOR, WebSession.loggedIn(app, TestAccounts.OTHER_EDITOR, TestAccounts.PASSWORD));
		sessions.put(Who.ADMIN, WebSession.loggedIn(app, "admin", TestAccounts.ADMIN_PASSWORD));
	}

	@AfterAll
	static void stop() {
		if (app != null) {
			app.close();
		}
	}

	@Test
	void everyRouteAnswersEachKindOfPersonAsTheTableSays() {
		Set<String> routes = routes();
		List<String> problems = new ArrayList<>();
		for (String route : routes) {
			if (UNCHECKED.contains(route)) {
				continue;
			}
			List<Answer> expected = EXPECTED.get(route);
			if (expected == null) {
				problems.add(route + " has no row in the authorization matrix: decide who may use it "
						+ "(a rule in SecurityConfiguration) and add its row to AuthorizationMatrixTests.EXPECTED");
				continue;
			}
			for (Who who : Who.values()) {
				HttpResponse<String> response = request(route, who);
				Answer answer = Answer.of(response);
				if (answer != expected.get(who.ordinal())) {
					problems.add(route + " as " + who + ": expected " + expected.get(who.ordinal()) + ", got "
							+ response.statusCode() + " " + response.headers().firstValue("Location").orElse(""));
				}
			}
		}
		Set<String> stale = new TreeSet<>(EXPECTED.keySet());
		stale.removeAll(routes);
		stale.forEach((route) -> problems.add(route + " is in the matrix but no longer mapped: remove its row"));

		assertThat(problems)
			.as("authorization matrix of %d routes × %d kinds of person", EXPECTED.size(), Who.values().length)
			.isEmpty();
		assertThat(EXPECTED.size() * Who.values().length).isGreaterThanOrEqualTo(65 * 5);
	}

	/**
	 * "GET /talks/{slug}" and so on, from the application's own handler mappings and
	 * those of the actuator's endpoints.
	 */
	private static Set<String> routes() {
		Set<String> routes = new TreeSet<>();
		for (RequestMappingInfoHandlerMapping mapping : app.beans(RequestMappingInfoHandlerMapping.class)) {
			addRoutes(mapping, routes);
		}
		return routes;
	}

	private static void addRoutes(RequestMappingInfoHandlerMapping mapping, Set<String> routes) {
		for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			for (String pattern : info.getPatternValues()) {
				if (methods.isEmpty()) {
					routes.add("GET " + pattern);
				}
				methods.forEach((method) -> routes.add(method.name() + " " + pattern));
			}
		}
	}

	private static HttpResponse<String> request(String route, Who who) {
		String method = route.substring(0, route.indexOf(' '));
		String path = concrete(route);
		String parameters = PARAMETERS.getOrDefault(route, "");
		WebSession session = sessions.get(who);
		if (method.equals("GET")) {
			return session.get(parameters.isEmpty() ? path : path + "?" + parameters);
		}
		return session.post(path, pairs(parameters));
	}

	/**
	 * The route's path with its variables filled in: a seeded talk, company, project and
	 * conference, a talk, note or figure the editor has just written, a conference,
	 * company, project or speaker made for the route that changes or deletes it, the
	 * reader's account.
	 */
	private static String concrete(String route) {
		if (PATHS.containsKey(route)) {
			return PATHS.get(route);
		}
		String pattern = route.substring(route.indexOf(' ') + 1);
		Map<String, Function<String, String>> values = Map.of("slug", (p) -> slugFor(route), "id", (p) -> idFor(p),
				"username", (p) -> TARGET, "number", (p) -> "1");
		Matcher variable = Pattern.compile("\\{(\\w+)}").matcher(pattern);
		StringBuilder path = new StringBuilder();
		while (variable.find()) {
			Function<String, String> value = values.get(variable.group(1));
			assertThat(value).as("a value for {%s} in %s", variable.group(1), pattern).isNotNull();
			variable.appendReplacement(path, value.apply(pattern));
		}
		return variable.appendTail(path).toString();
	}

	private static String slugFor(String route) {
		Matcher changed = CHANGES_AN_ITEM.matcher(route);
		if (changed.matches()) {
			return freshItem((changed.group("posted") != null) ? changed.group("posted") : changed.group("opened"));
		}
		String pattern = route.substring(route.indexOf(' ') + 1);
		if (pattern.startsWith("/companies/")) {
			return "jd-com";
		}
		if (pattern.startsWith("/projects/")) {
			return "kubernetes";
		}
		if (pattern.startsWith("/conferences/")) {
			return CONFERENCE;
		}
		if (OWN_TALK.matcher(pattern).matches()) {
			return freshTalk();
		}
		return pattern.startsWith("/speakers/") ? "no-such-speaker" : TALK;
	}

	/**
	 * A new conference, company, project or speaker, so that each person's edit or delete
	 * has something to change and the seed stays as it is.
	 */
	private static String freshItem(String kind) {
		String name = "Matrix " + kind + " " + fresh.incrementAndGet();
		return switch (kind) {
			case "conferences" -> app.bean(ConferenceService.class)
				.create(new ConferenceForm(name, "", "", "", null, null, "", "", ""))
				.getSlug();
			case "companies" -> app.bean(CompanyService.class).create(new CompanyForm(name, "")).getSlug();
			case "projects" -> app.bean(ProjectService.class).create(new ProjectForm(name, "", "", "")).getSlug();
			default -> app.bean(SpeakerService.class).create(new SpeakerForm(name, "", "")).slug();
		};
	}

	private static String freshTalk() {
		return app.bean(TalkEditing.class)
			.create(new TalkForm(CONFERENCE, "Written for the matrix", "", "talk", "", "", "", "", "", "", "",
					List.of(), "", List.of(), "", List.of(), "", "", "", "", "true"));
	}

	private static String idFor(String pattern) {
		if (pattern.startsWith("/trash/")) {
			return freshNoteInTheTrash();
		}
		if (pattern.startsWith("/import/")) {
			return freshImport();
		}
		return pattern.contains("/notes/") ? freshNote() : freshFigure();
	}

	private static String freshNoteInTheTrash() {
		String id = freshNote();
		app.bean(NoteService.class).moveToTrash(TALK, Long.valueOf(id), TestAccounts.EDITOR);
		return id;
	}

	private static String freshImport() {
		byte[] file = SCHEDULE.getBytes(StandardCharsets.UTF_8);
		return String.valueOf(app.bean(ImportService.class)
			.upload(new ScheduleUpload("matrix.ics", file, null, null), TestAccounts.EDITOR));
	}

	private static String freshNote() {
		return String.valueOf(app.bean(NoteService.class)
			.add(TALK, new NoteForm("Written for the matrix"), TestAccounts.EDITOR)
			.id());
	}

	private static String freshFigure() {
		FigureForm figure = new FigureForm("7 pods", "", "", "", "", "");
		return String.valueOf(app.bean(FigureService.class).add(TALK, figure, TestAccounts.EDITOR).id());
	}

	private static String[] pairs(String parameters) {
		List<String> pairs = new ArrayList<>();
		for (String pair : parameters.split("&")) {
			if (!pair.isEmpty()) {
				String[] nameAndValue = pair.split("=", 2);
				pairs.add(nameAndValue[0]);
				pairs.add(java.net.URLDecoder.decode(nameAndValue[1], StandardCharsets.UTF_8));
			}
		}
		return pairs.toArray(String[]::new);
	}

	enum Who {

		VISITOR, READER, EDITOR, OTHER_EDITOR, ADMIN

	}

	enum Answer {

		/** The page answered: 2xx, 3xx elsewhere than the login page, or 404. */
		PAGE,

		/** Sent to the login page first. */
		LOGIN,

		/** Refused: 403. */
		DENIED,

		/** Anything else, such as a server error, which no route may give. */
		BROKEN;

		static Answer of(HttpResponse<?> response) {
			int status = response.statusCode();
			if (status == 302 && WebSession.location(response).equals("/login")) {
				return LOGIN;
			}
			if (status == 403) {
				return DENIED;
			}
			return (status < 400 || status == 404) ? PAGE : BROKEN;
		}

	}

}
