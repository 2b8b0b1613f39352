package io.talknotes.web;

import java.io.UnsupportedEncodingException;
import java.util.List;

import io.talknotes.conference.Conference;
import io.talknotes.conference.ConferenceService;
import io.talknotes.talk.Talk;
import io.talknotes.talk.TalkKind;
import jakarta.persistence.EntityManager;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Conferences, companies, projects and speakers changed through their forms, in the whole
 * application: an old address leads to the renamed item, search finds talks by the new
 * names, and deleted talks leave the index.
 */
class RenamedAndDeletedItemsTests {

	private static final String LYFT_TALK = "Low Latency Multi-cluster Networking with Kubernetes";

	@ParameterizedTest(name = "{0}")
	@CsvSource({ "conferences, Redirect Summit 2031, Redirect Forum 2031",
			"companies, Redirect Widgets, Redirect Gadgets", "projects, Redirectd, Forwardd",
			"speakers, Rhoda Redirect, Rhoda Forward" })
	void aRenamedItemsOldAddressesLeadToItsNewOnes(String kind, String name, String newName) {
		String created = location(Forms.post("/" + kind, "name", name));
		assertThat(created).isEqualTo("/" + kind + "/" + slug(name));
		String renamed = location(Forms.post(created, "name", newName));
		assertThat(renamed).isEqualTo("/" + kind + "/" + slug(newName));

		MvcResult old = Forms.get(created + "?from=bookmark");
		assertThat(old.getResponse().getStatus()).isEqualTo(301);
		assertThat(old.getResponse().getHeader("Location")).isEqualTo(renamed + "?from=bookmark");
		assertThat(Jsoup.parse(html(Forms.get(renamed))).selectFirst("h1").text()).isEqualTo(newName);
		MvcResult oldEdit = Forms.get(created + "/edit");
		assertThat(oldEdit.getResponse().getStatus()).isEqualTo(301);
		assertThat(oldEdit.getResponse().getHeader("Location")).isEqualTo(renamed + "/edit");
		assertThat(Jsoup.parse(html(Forms.get(renamed + "/edit"))).selectFirst("#name").val()).isEqualTo(newName);

		assertThat(location(Forms.post(renamed + "/delete"))).doesNotContain(slug(newName));
		assertThat(Forms.get(renamed).getResponse().getStatus()).isEqualTo(404);
		assertThat(Forms.get(created).getResponse().getStatus()).as("the old address of a deleted item").isEqualTo(404);
	}

	@Test
	void renamingACompanyFindsItsTalksByTheNewNameAndFiltersByIt() {
		assertThat(hitTitles("/search?q=inc")).doesNotContain(LYFT_TALK);
		assertThat(location(Forms.post("/companies/lyft", "name", "Lyft Inc.", "websiteUrl", "https://www.lyft.com/")))
			.isEqualTo("/companies/lyft-inc");
		try {
			assertThat(hitTitles("/search?q=inc")).contains(LYFT_TALK);
			Document byCompany = page("/search?q=ipvlan&company=lyft-inc");
			assertThat(byCompany.select(".hit-title").eachText()).containsExactly(LYFT_TALK);
			assertThat(chips(byCompany)).containsExactly("Company: Lyft Inc. ×");
			MvcResult byName = Forms.get("/search?q=ipvlan&company=Lyft%20Inc.");
			assertThat(byName.getResponse().getStatus()).isEqualTo(301);
			assertThat(byName.getResponse().getHeader("Location")).isEqualTo("/search?q=ipvlan&company=lyft-inc");
		}
		finally {
			assertThat(
					location(Forms.post("/companies/lyft-inc", "name", "Lyft", "websiteUrl", "https://www.lyft.com/")))
				.isEqualTo("/companies/lyft");
		}
		assertThat(hitTitles("/search?q=inc")).doesNotContain(LYFT_TALK);
		assertThat(chips(page("/search?q=ipvlan&company=lyft"))).containsExactly("Company: Lyft ×");
		assertThat(hitTitles("/search?q=ipvlan&company=lyft-inc")).isEmpty();
	}

	@Test
	void renamingAConferenceShowsTheNewNameInTheSearchFilters() {
		String created = location(Forms.post("/conferences", "name", "Facet Days 2032"));
		String other = location(Forms.post("/conferences", "name", "Facet Nights 2032"));
		talkIn(created.substring("/conferences/".length()), "facet-days-quokka", "Quokka herding at scale");
		talkIn(other.substring("/conferences/".length()), "facet-nights-quokka", "Quokka herding by night");
		assertThat(facet(page("/search?q=quokka"), "Conference")).containsExactlyInAnyOrder("Facet Days 2032",
				"Facet Nights 2032");

		String renamed = location(Forms.post(created, "name", "Facet Week 2032"));

		assertThat(facet(page("/search?q=quokka"), "Conference")).containsExactlyInAnyOrder("Facet Week 2032",
				"Facet Nights 2032");
		Document byConference = page("/search?q=quokka&conference=facet-week-2032");
		assertThat(byConference.select(".hit-title").eachText()).containsExactly("Quokka herding at scale");
		assertThat(chips(byConference)).containsExactly("Conference: Facet Week 2032 ×");
		Forms.post(renamed + "/delete");
		Forms.post(other + "/delete");
	}

	@Test
	void deletingAConferenceTakesItsTalksOutOfSearch() {
		String created = location(Forms.post("/conferences", "name", "Zeppelin Days 2033"));
		String slug = created.substring("/conferences/".length());
		talkIn(slug, "zeppelin-airships-at-scale", "Zeppelin airships at scale");
		assertThat(hitTitles("/search?q=zeppelin")).containsExactly("Zeppelin airships at scale");
		assertThat(html(Forms.get(created + "/delete"))).contains("This deletes “Zeppelin Days 2033” and its 1 talk.");

		assertThat(location(Forms.post(created + "/delete"))).isEqualTo("/");

		assertThat(hitTitles("/search?q=zeppelin")).isEmpty();
		assertThat(Forms.get("/talks/zeppelin-airships-at-scale").getResponse().getStatus()).isEqualTo(404);
		assertThat(Forms.get(created).getResponse().getStatus()).isEqualTo(404);
	}

	@Test
	void aConferenceWhoseTalksHaveNotesIsNotDeleted() {
		MvcResult refused = Forms.post("/conferences/kubecon-cloudnativecon-na-2019/delete");

		assertThat(refused.getResponse().getStatus()).isEqualTo(409);
		assertThat(html(refused)).contains("on its talks; delete or move them first.");
		assertThat(Forms.get("/conferences/kubecon-cloudnativecon-na-2019").getResponse().getStatus()).isEqualTo(200);
	}

	/** Adds a talk to a conference the way an import does, indexed on commit. */
	private static void talkIn(String conferenceSlug, String slug, String title) {
		Conference conference = SharedApplication.bean(ConferenceService.class).get(conferenceSlug);
		EntityManager entityManager = SharedApplication.bean(EntityManager.class);
		new TransactionTemplate(SharedApplication.bean(PlatformTransactionManager.class))
			.executeWithoutResult((status) -> entityManager.persist(
					new Talk(slug, entityManager.find(Conference.class, conference.getId()), title, TalkKind.TALK)));
	}

	private static List<String> hitTitles(String path) {
		return page(path).select(".hit-title").eachText();
	}

	/** The filters a search is narrowed by, as shown above its results. */
	private static List<String> chips(Document results) {
		return results.select(".active-filters .chips a").eachText();
	}

	/** The values a filter beside the search results offers. */
	private static List<String> facet(Document results, String name) {
		Element facet = results.selectFirst(".facets section:has(h2:containsOwn(" + name + "))");
		return (facet != null) ? facet.select("li a > span:first-child").eachText() : List.of();
	}

	private static Document page(String path) {
		MvcResult result = Forms.get(path);
		assertThat(result.getResponse().getStatus()).as(path).isEqualTo(200);
		return Jsoup.parse(html(result));
	}

	private static String location(MvcResult result) {
		assertThat(result.getResponse().getStatus()).as("redirect after %s", result.getRequest().getRequestURI())
			.isEqualTo(302);
		return result.getResponse().getRedirectedUrl();
	}

	private static String slug(String name) {
		return name.toLowerCase().replace(' ', '-');
	}

	private static String html(MvcResult result) {
		try {
			return result.getResponse().getContentAsString();
		}
		catch (UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
