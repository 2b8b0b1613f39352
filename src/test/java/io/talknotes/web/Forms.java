package io.talknotes.web;

import java.net.URI;
import java.util.Objects;

import io.talknotes.TestAccounts;
import io.talknotes.account.AccountService;
import jakarta.servlet.http.Cookie;

import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Every request the input tests send goes through here, so that what each request needs
 * besides its own fields (who sends it, the CSRF token of a form) is said in one place.
 */
final class Forms {

	private Forms() {
	}

	/**
	 * Posts a form the way a browser does, logged in as the admin, with the form's CSRF
	 * token.
	 * @param path where the form posts to, encoded
	 * @param namesAndValues field names and values, in pairs; a {@code null} value leaves
	 * the field out
	 */
	static MvcResult post(String path, String... namesAndValues) {
		return postAs(AccountService.ADMIN, path, namesAndValues);
	}

	/** Posts a form with its CSRF token, not logged in, as on the login page. */
	static MvcResult postLoggedOut(String path, String... namesAndValues) {
		return send(withFields(MockMvcRequestBuilders.post(URI.create(path)), namesAndValues).with(csrf()));
	}

	/** Posts a form logged in as the account with this username. */
	static MvcResult postAs(String username, String path, String... namesAndValues) {
		return send(withFields(MockMvcRequestBuilders.post(URI.create(path)), namesAndValues).with(as(username))
			.with(csrf()));
	}

	/**
	 * Posts a form that uploads a file, as the admin, with the form's CSRF token.
	 * @param path where the form posts to, encoded
	 * @param fileField the name of the file input
	 * @param content the file; {@code null} sends the input empty, as a browser does when
	 * no file was chosen
	 * @param namesAndValues the other fields, in pairs; a {@code null} value leaves the
	 * field out
	 */
	static MvcResult upload(String path, String fileField, byte[] content, String... namesAndValues) {
		MockMultipartFile file = (content != null)
				? new MockMultipartFile(fileField, "schedule", "application/octet-stream", content)
				: new MockMultipartFile(fileField, "", "application/octet-stream", new byte[0]);
		MockMultipartHttpServletRequestBuilder request = MockMvcRequestBuilders.multipart(URI.create(path)).file(file);
		return send(withFields(request, namesAndValues).with(as(AccountService.ADMIN)).with(csrf()));
	}

	/**
	 * Opens a page with query parameters.
	 * @param path the page, encoded
	 * @param namesAndValues parameter names and values, in pairs; a {@code null} value
	 * leaves the parameter out
	 */
	static MvcResult get(String path, String... namesAndValues) {
		return getAs(AccountService.ADMIN, path, namesAndValues);
	}

	/**
	 * Opens the page a post redirected to, with the flash attributes it left, as the
	 * browser's next request would, logged in as the admin.
	 */
	static MvcResult followRedirect(MvcResult posted) {
		String target = URI.create(Objects.requireNonNull(posted.getResponse().getRedirectedUrl())).getRawPath();
		// The message after a redirect waits in the session: sessions live in the
		// database,
		// so the next request finds it by the session cookie the answer set.
		MockHttpServletRequestBuilder next = MockMvcRequestBuilders.get(URI.create(target))
			.flashAttrs(posted.getFlashMap())
			.with(as(AccountService.ADMIN));
		Cookie[] cookies = posted.getResponse().getCookies();
		return send((cookies.length > 0) ? next.cookie(cookies) : next);
	}

	/**
	 * Asks for the part of a page htmx swaps in (the {@code HX-Request} header), logged
	 * in as the admin.
	 */
	static MvcResult getPart(String path, String... namesAndValues) {
		return send(
				withFields(MockMvcRequestBuilders.get(URI.create(path)), namesAndValues).header("HX-Request", "true")
					.with(as(AccountService.ADMIN)));
	}

	/** Posts a form as htmx does, as the admin, with the form's CSRF token. */
	static MvcResult postPart(String path, String... namesAndValues) {
		return send(
				withFields(MockMvcRequestBuilders.post(URI.create(path)), namesAndValues).header("HX-Request", "true")
					.with(as(AccountService.ADMIN))
					.with(csrf()));
	}

	/** Opens a page logged in as the account with this username. */
	static MvcResult getAs(String username, String path, String... namesAndValues) {
		return send(withFields(MockMvcRequestBuilders.get(URI.create(path)), namesAndValues).with(as(username)));
	}

	/** The account as Spring Security holds it after a login, display name included. */
	private static RequestPostProcessor as(String username) {
		return TestAccounts.signedIn(user(SharedApplication.bean(AccountService.class).loadUserByUsername(username)));
	}

	private static <B extends AbstractMockHttpServletRequestBuilder<B>> B withFields(B request,
			String... namesAndValues) {
		for (int i = 0; i < namesAndValues.length; i += 2) {
			if (namesAndValues[i + 1] != null) {
				request.param(Objects.requireNonNull(namesAndValues[i]), namesAndValues[i + 1]);
			}
		}
		return request;
	}

	/** Sends a request as it was built: as a visitor, unless it says otherwise. */
	static MvcResult send(RequestBuilder request) {
		try {
			return SharedApplication.mvc().perform(request).andReturn();
		}
		catch (Exception ex) {
			throw new IllegalStateException("Request failed: " + ex, ex);
		}
	}

}
