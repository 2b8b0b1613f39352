package io.talknotes.web;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The company and project directories over real HTTP: an entry with nothing behind it is
 * no dead end among the others, and a page says what it has when it has no talks.
 */
class DirectoryPagesTests {

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void companiesWithNeitherTalksNorFiguresAreSetApartFromTheOthers() {
		Document page = page("/companies");

		assertThat(page.select(".directory li")).extracting(Element::text)
			.isNotEmpty()
			.noneMatch((entry) -> entry.contains("0 talks · 0 figures"))
			.anyMatch((entry) -> entry.equals("JD.com 0 talks · 3 figures"));
		Element unrecorded = page.selectFirst("details.unrecorded");
		assertThat(unrecorded.selectFirst("summary").text())
			.matches("\\d+ more compan(y|ies) with nothing recorded yet");
		assertThat(unrecorded.select("a")).extracting(Element::text).contains("Amazon Web Services", "Tinder");
		assertThat(unrecorded.hasAttr("open")).as("folded away").isFalse();
	}

	@Test
	void projectsWithNeitherTalksNorFiguresAreSetApartFromTheOthers() {
		Document page = page("/projects");

		assertThat(page.select(".directory li")).extracting(Element::text)
			.isNotEmpty()
			.noneMatch((entry) -> entry.contains("0 talks · 0 figures"));
		assertThat(page.select("details.unrecorded a")).extracting(Element::text)
			.contains("Fluentd", "Grafana", "Kafka");
	}

	@Test
	void theCompaniesAreFoundByPartOfTheirNameAndOrderedByWhatIsRecorded() {
		Document found = page("/companies?q=%20LYF%20");
		assertThat(found.select(".directory li a")).extracting(Element::text).containsExactly("Lyft");
		assertThat(found.select("form.directory-filter input[name=q]").val()).isEqualTo("LYF");

		Document byFigures = page("/companies?sort=figures");
		List<String> entries = byFigures.select(".directory li").eachText();
		assertThat(entries).anyMatch((entry) -> entry.startsWith("Lyft ") && entry.endsWith(" figures"));
		assertThat(entries).extracting(DirectoryPagesTests::figures)
			.as("most figures first")
			.isSortedAccordingTo(Comparator.reverseOrder());
		assertThat(byFigures.select("select[name=sort] option[selected]").val()).isEqualTo("figures");

		Document nothing = page("/companies?q=zzz");
		assertThat(nothing.select(".directory li")).isEmpty();
		assertThat(nothing.select("details.unrecorded")).isEmpty();
		assertThat(nothing.select("main .empty").text()).isEqualTo("No name holds \u201czzz\u201d.");
	}

	@Test
	void theProjectsAreOrderedByHowManyTalksCoverThem() {
		Document page = page("/projects?sort=talks&q=");

		assertThat(page.select(".directory li a:not(.badge)")).extracting(Element::text)
			.first()
			.isEqualTo("Kubernetes");
		assertThat(page.select("details.unrecorded a")).extracting(Element::text).contains("Kafka");
	}

	@Test
	void aCompanyWithFiguresButNoTalkSaysSo() {
		Document page = page("/companies/jd-com");

		assertThat(page.select("main").text()).doesNotContain("No talks recorded")
			.contains(
					"JD.com presented no talk recorded here; the 3 figures below were quoted about it in other talks.");
		assertThat(page.select("#figures tbody tr")).hasSize(3);
	}

	@Test
	void aCompanyWithNothingRecordedSaysSo() {
		assertThat(page("/companies/tinder").select("main").text())
			.contains("Nothing is recorded for Tinder yet: no talk and no figure.");
	}

	private Document page(String path) {
		URI uri = SharedApplication.uri(path);
		try {
			HttpResponse<String> response = this.http.send(HttpRequest.newBuilder(uri).build(),
					HttpResponse.BodyHandlers.ofString());
			assertThat(response.statusCode()).as("status of %s", path).isEqualTo(200);
			return Jsoup.parse(response.body(), uri.toString());
		}
		catch (IOException ex) {
			throw new AssertionError(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new AssertionError(ex);
		}
	}

	/**
	 * The number of figures a directory entry such as "Lyft 3 talks · 6 figures" names.
	 */
	private static int figures(String entry) {
		Matcher figures = Pattern.compile("(\\d+) figures?$").matcher(entry);
		assertThat(figures.find()).as("figures of %s", entry).isTrue();
		return Integer.parseInt(figures.group(1));
	}

}
