package io.talknotes;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.talknotes.account.AccountService;
import io.talknotes.account.Role;
import jakarta.servlet.http.Cookie;

import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The people the tests act as, and how they log in: in a controller test, over HTTP and
 * in a browser.
 */
public final class TestAccounts {

	/** The password {@link RunningApplication} gives the account {@code admin}. */
	public static final String ADMIN_PASSWORD = "admin-password-for-tests";

	/** The password of every account the tests create. */
	public static final String PASSWORD = "password-for-tests";

	/** An editor: writes notes and figures. */
	public static final String EDITOR = "ada";

	/** Another editor, who did not write the editor's notes. */
	public static final String OTHER_EDITOR = "grace";

	/** Someone who reads only. */
	public static final String READER = "rita";

	/** The name of the session cookie (server.servlet.session.cookie.name). */
	private static final String SESSION_COOKIE = "JSESSIONID";

	/** A session's id as Spring Session writes it in the cookie: in Base64. */
	private static final String SESSION_ID = Base64.getEncoder()
		.encodeToString("signed-in".getBytes(StandardCharsets.US_ASCII));

	private TestAccounts() {
	}

	/** A reader logged in, for MockMvc. */
	public static RequestPostProcessor reader() {
		return signedIn(user(READER).roles("READER"));
	}

	/** An editor logged in, for MockMvc. */
	public static RequestPostProcessor editor() {
		return signedIn(user(EDITOR).roles("EDITOR"));
	}

	/** The other editor logged in, for MockMvc. */
	public static RequestPostProcessor otherEditor() {
		return signedIn(user(OTHER_EDITOR).roles("EDITOR"));
	}

	/** An admin logged in, for MockMvc. */
	public static RequestPostProcessor admin() {
		return signedIn(user(AccountService.ADMIN).roles("ADMIN"));
	}

	/**
	 * A browser that logged in, for MockMvc: the login as Spring Security holds it, and
	 * the session cookie such a browser sends with every request, by which the pages kept
	 * for visitors tell it from one.
	 */
	public static RequestPostProcessor signedIn(RequestPostProcessor login) {
		return (request) -> {
			Cookie[] cookies = (request.getCookies() != null) ? request.getCookies() : new Cookie[0];
			if (Arrays.stream(cookies).noneMatch((cookie) -> SESSION_COOKIE.equals(cookie.getName()))) {
				Cookie[] withSession = Arrays.copyOf(cookies, cookies.length + 1);
				withSession[cookies.length] = new Cookie(SESSION_COOKIE, SESSION_ID);
				request.setCookies(withSession);
			}
			return login.postProcessRequest(request);
		};
	}

	/**
	 * Creates the reader, the editor ("Ada Lovelace") and the other editor ("Grace
	 * Hopper") in a running application, all with {@link #PASSWORD}.
	 */
	public static void create(RunningApplication app) {
		AccountService accounts = app.bean(AccountService.class);
		if (!accounts.exists(EDITOR)) {
			accounts.create(READER, "Rita Reader", Role.READER, PASSWORD);
			accounts.create(EDITOR, "Ada Lovelace", Role.EDITOR, PASSWORD);
			accounts.create(OTHER_EDITOR, "Grace Hopper", Role.EDITOR, PASSWORD);
		}
	}

	/** Logs in through the login page and waits until the home page shows who it is. */
	public static void logIn(Page page, String baseUrl, String username, String password) {
		page.navigate(baseUrl + "/login");
		page.getByLabel("Username").fill(username);
		page.getByLabel("Password").fill(password);
		page.locator("main")
			.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Log in"))
			.click();
		assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log out"))).isVisible();
	}

}
