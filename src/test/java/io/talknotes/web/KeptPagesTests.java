package io.talknotes.web;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whole pages of readers who are not signed in are rendered once per version of the data
 * and kept ({@link KeptPages}); every change made through the application shows on the
 * next page, and no reader is ever given a page made for another kind of reader. The
 * metric of kept pages given tells which pages came from there.
 */
class KeptPagesTests {

	private static final String TALK = "/talks/kubernetes-at-reddit-tales-from-production";

	@Test
	void aVisitorIsGivenTheKeptPageWhichIsTheSameAsTheRenderedOne() throws Exception {
		MvcResult rendered = Forms.send(get(TALK));
		double before = givenKept();

		MvcResult again = Forms.send(get(TALK));

		assertThat(givenKept()).isEqualTo(before + 1);
		assertThat(again.getResponse().getStatus()).isEqualTo(200);
		assertThat(again.getResponse().getContentAsString()).isEqualTo(rendered.getResponse().getContentAsString())
			.contains("Kubernetes at Reddit");
		assertThat(again.getResponse().getContentType()).isEqualTo(rendered.getResponse().getContentType());
		assertThat(again.getResponse().getHeader("ETag")).isEqualTo(rendered.getResponse().getHeader("ETag"));
		assertThat(again.getResponse().getContentLength())
			.isEqualTo(rendered.getResponse().getContentAsByteArray().length);
	}

	@Test
	void overHttpTheKeptPageHasTheRenderedPagesHeadersAndIsNotSentAgainToABrowserThatHasIt() throws Exception {
		HttpClient visitors = HttpClient.newHttpClient();
		URI page = SharedApplication.uri(TALK + "?from=" + UUID.randomUUID());
		HttpResponse<String> rendered = visitors.send(HttpRequest.newBuilder(page).build(), BodyHandlers.ofString());
		double before = givenKept();

		HttpResponse<String> kept = visitors.send(HttpRequest.newBuilder(page).build(), BodyHandlers.ofString());
		HttpResponse<String> notModified = visitors.send(HttpRequest.newBuilder(page)
			.header("If-None-Match", kept.headers().firstValue("ETag").orElseThrow())
			.build(), BodyHandlers.ofString());

		assertThat(givenKept()).isEqualTo(before + 1);
		assertThat(kept.statusCode()).isEqualTo(200);
		assertThat(kept.body()).isEqualTo(rendered.body());
		assertThat(withoutDate(kept.headers().map())).isEqualTo(withoutDate(rendered.headers().map()))
			.containsKeys("content-language", "content-security-policy", "x-content-type-options", "etag");
		assertThat(notModified.statusCode()).isEqualTo(304);
		assertThat(notModified.body()).isEmpty();
		assertThat(notModified.headers().firstValue("ETag")).isEqualTo(kept.headers().firstValue("ETag"));
		assertThat(notModified.headers().firstValue("Content-Security-Policy"))
			.isEqualTo(kept.headers().firstValue("Content-Security-Policy"));
	}

	@Test
	void aKeptPageIsCountedInTheRequestMetricsUnderItsControllersAddress() throws Exception {
		HttpClient visitors = HttpClient.newHttpClient();
		HttpRequest page = HttpRequest.newBuilder(SharedApplication.uri(TALK + "?from=" + UUID.randomUUID())).build();
		double first = talkPageRequests();
		visitors.send(page, BodyHandlers.discarding());
		// A request is timed once its filters return, which may be after its answer
		// arrived.
		double before = talkPageRequestsOnceOver(first);
		double keptBefore = givenKept();

		visitors.send(page, BodyHandlers.discarding());

		assertThat(givenKept()).isEqualTo(keptBefore + 1);
		assertThat(talkPageRequestsOnceOver(before)).isEqualTo(before + 1);
	}

	@Test
	void aNoteWrittenThroughTheApplicationShowsOnTheNextVisitorsPage() throws Exception {
		Forms.send(get(TALK));
		Forms.send(get(TALK));
		String text = "Kept page note " + UUID.randomUUID();

		Forms.post(TALK + "/notes", "body", text);

		assertThat(Forms.send(get(TALK)).getResponse().getContentAsString()).contains(text);
	}

	@Test
	void aSignedInReaderNeverGetsAVisitorsPageNorAVisitorTheirs() throws Exception {
		String visitorsPage = Forms.send(get(TALK)).getResponse().getContentAsString();
		double before = givenKept();

		String signedInPage = Forms.get(TALK).getResponse().getContentAsString();
		double afterSignedIn = givenKept();
		String visitorsPageAfter = Forms.send(get(TALK)).getResponse().getContentAsString();

		assertThat(afterSignedIn).isEqualTo(before);
		assertThat(signedInPage).contains("/logout").contains("/notes/preview");
		assertThat(visitorsPage).doesNotContain("/logout").doesNotContain("/notes/preview");
		assertThat(visitorsPageAfter).isEqualTo(visitorsPage);
		assertThat(givenKept()).isEqualTo(before + 1);
	}

	@Test
	void aReaderWithASessionHasTheirPageRendered() throws Exception {
		HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		HttpResponse<String> login = browser.send(HttpRequest.newBuilder(SharedApplication.uri("/login")).build(),
				BodyHandlers.ofString());
		assertThat(login.headers().firstValue("Set-Cookie")).as("a session started by the login page").isPresent();
		Forms.send(get(TALK));
		double before = givenKept();

		HttpResponse<String> page = browser.send(HttpRequest.newBuilder(SharedApplication.uri(TALK)).build(),
				BodyHandlers.ofString());

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(givenKept()).isEqualTo(before);
	}

	@Test
	void aPageInAnotherThemeIsKeptApart() throws Exception {
		String light = Forms.send(get("/talks")).getResponse().getContentAsString();
		String dark = Forms.send(get("/talks").cookie(new Cookie("theme", "dark"))).getResponse().getContentAsString();
		double before = givenKept();

		assertThat(Forms.send(get("/talks")).getResponse().getContentAsString()).isEqualTo(light)
			.doesNotContain("data-theme=\"dark\"");
		assertThat(Forms.send(get("/talks").cookie(new Cookie("theme", "dark"))).getResponse().getContentAsString())
			.isEqualTo(dark)
			.contains("data-theme=\"dark\"");
		assertThat(givenKept()).isEqualTo(before + 2);
	}

	@Test
	void aPageThatIsNotFoundIsNeverKept() {
		String missing = "/talks/no-such-talk-" + UUID.randomUUID();
		Forms.send(get(missing));
		double before = givenKept();

		MvcResult again = Forms.send(get(missing));

		assertThat(again.getResponse().getStatus()).isEqualTo(404);
		assertThat(givenKept()).isEqualTo(before);
	}

	@Test
	void theLeastRecentlyShownPagesGoFirstWhenTheBudgetIsSpent() throws Exception {
		AtomicLong version = new AtomicLong(1);
		KeptPages pages = new KeptPages(2_500, () -> version::get, new SimpleMeterRegistry());
		for (String page : new String[] { "/a", "/b", "/a", "/c" }) {
			serve(pages, page, version);
		}

		assertThat(pages.kept()).isEqualTo(2_000);
		assertThat(serve(pages, "/a", version)).as("/a rendered again").isFalse();
		assertThat(serve(pages, "/c", version)).as("/c rendered again").isFalse();
		assertThat(serve(pages, "/b", version)).as("/b rendered again").isTrue();
		version.set(2);
		assertThat(serve(pages, "/a", version)).as("/a rendered again at a newer version").isTrue();
	}

	@Test
	void aPageThatStartedASessionIsNotKept() throws Exception {
		AtomicLong version = new AtomicLong(1);
		KeptPages pages = new KeptPages(2_500, () -> version::get, new SimpleMeterRegistry());
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/form");
		pages.doFilter(request, new MockHttpServletResponse(), (req, res) -> {
			pages.keepOnceRendered(request, version.get(), ConditionalPages.Shape.of(request));
			request.getSession(true).setAttribute("csrf", "a reader's own token");
			res.setContentType("text/html;charset=UTF-8");
			res.getWriter().write("<form><input name=\"_csrf\" value=\"a reader's own token\"></form>");
		});

		assertThat(pages.kept()).isZero();
		assertThat(serve(pages, "/form", version)).as("rendered for the next reader").isTrue();
	}

	/**
	 * Asks for a page of a thousand bytes, as the page's interceptor and controller do.
	 * @return whether it was rendered, not given from the pages kept
	 */
	private static boolean serve(KeptPages pages, String path, AtomicLong version) throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
		MockHttpServletResponse response = new MockHttpServletResponse();
		AtomicBoolean rendered = new AtomicBoolean();
		pages.doFilter(request, response, (req, res) -> {
			rendered.set(true);
			pages.keepOnceRendered(request, version.get(), ConditionalPages.Shape.of(request));
			res.setContentType("text/html;charset=UTF-8");
			res.getOutputStream()
				.write(("<p>" + path + "</p>").repeat(200).substring(0, 1000).getBytes(StandardCharsets.UTF_8));
		});
		assertThat(response.getContentAsString(StandardCharsets.UTF_8)).startsWith("<p>" + path + "</p>");
		return rendered.get();
	}

	private static Map<String, List<String>> withoutDate(Map<String, List<String>> headers) {
		Map<String, List<String>> all = new TreeMap<>(headers);
		all.remove("date");
		return all;
	}

	private static double talkPageRequests() {
		return SharedApplication.bean(MeterRegistry.class)
			.find("http.server.requests")
			.tag("uri", "/talks/{slug}")
			.tag("status", "200")
			.timers()
			.stream()
			.mapToLong(Timer::count)
			.sum();
	}

	/** The talk page requests timed, once more than {@code count} were, or after 5 s. */
	private static double talkPageRequestsOnceOver(double count) throws InterruptedException {
		long deadline = System.nanoTime() + 5_000_000_000L;
		while (talkPageRequests() <= count && System.nanoTime() < deadline) {
			Thread.sleep(10);
		}
		return talkPageRequests();
	}

	private static double givenKept() {
		return SharedApplication.bean(MeterRegistry.class)
			.get("talknotes.pages.kept.requests")
			.tag("answer", "kept")
			.counter()
			.count();
	}

	private static MockHttpServletRequestBuilder get(String path) {
		return MockMvcRequestBuilders.get(URI.create(path));
	}

}
