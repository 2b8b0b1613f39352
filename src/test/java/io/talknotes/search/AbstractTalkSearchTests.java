package io.talknotes.search;

import java.util.List;

import javax.sql.DataSource;

import io.talknotes.system.TalknotesProperties;
import io.talknotes.talk.Talk;
import io.talknotes.talk.TalkKind;
import jakarta.persistence.EntityManager;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Searches the seeded KubeCon 2019 notes the way people do, in a real index: each way of
 * searching ({@link TalkSearch}) runs these tests in a subclass.
 */
@DataJpaTest
@Import({ TalkSearchConfiguration.class, SearchIndex.class, AbstractTalkSearchTests.Settings.class })
abstract class AbstractTalkSearchTests {

	@Autowired
	private TalkSearch search;

	@Autowired
	private SearchIndex index;

	@Autowired
	private DataSource dataSource;

	@Autowired
	private EntityManager entityManager;

	@BeforeEach
	void indexTheSeed() {
		this.index.rebuild().join();
	}

	@Test
	void putsTheTalkAboutTheQueryFirst() {
		assertThat(firstTitle("helm 3")).isEqualTo("Helm 3 Deep Dive");
		assertThat(firstTitle("cortex prometheus storage"))
			.isEqualTo("Cortex 101: Horizontally Scalable Long Term Storage for Prometheus");
		assertThat(firstTitle("reddit")).isEqualTo("Kubernetes at Reddit: Tales from Production");
		assertThat(firstTitle("lyft ipvlan")).isEqualTo("Low Latency Multi-cluster Networking with Kubernetes");
		assertThat(firstTitle("gitops")).isEqualTo("GitOps User Stories");
		assertThat(firstTitle("vitess")).isEqualTo("CNCF Project Updates");
	}

	@Test
	void marksTheMatchingWordsInTheBestPassages() {
		TalkHit hit = search("tiller").hits().get(0);

		assertThat(hit.title()).isEqualTo("Helm 3 Deep Dive");
		assertThat(hit.passages()).anySatisfy((passage) -> assertThat(passage).contains("No more <mark>Tiller</mark>"));
		assertThat(hit.companies()).containsExactlyInAnyOrder("IBM", "Microsoft");
		assertThat(hit.conference()).isEqualTo("KubeCon + CloudNativeCon North America 2019");
	}

	@Test
	void marksTheMatchingWordsInTitlesAndFigures() {
		assertThat(search("helm").hits()).filteredOn((hit) -> hit.slug().equals("helm-3-deep-dive"))
			.singleElement()
			.satisfies((hit) -> assertThat(hit.titleHtml()).isEqualTo("<mark>Helm</mark> 3 Deep Dive"));
		assertThat(search("35m").hits().get(0).figureHighlights()).containsExactly("<mark>35M</mark> QPS");
		assertThat(search("reddit").hits().get(0).titleHtml())
			.isEqualTo("Kubernetes at <mark>Reddit</mark>: Tales from Production");
	}

	@Test
	void escapesTheTextAroundTheMarks() {
		TalkHit hit = search("qps").hits().get(0);

		assertThat(hit.passages()).anySatisfy((passage) -> assertThat(passage).contains("<mark>QPS</mark>"));
		assertThat(String.join("", hit.passages())).doesNotContain("<li>", "<script");
	}

	@Test
	void stemsFoldsAndFindsWordsByTheirParts() {
		assertThat(titles("scale"))
			.contains("Scaling Kubernetes to Thousands of Nodes Across Multiple Clusters, Calmly");
		assertThat(titles("airbnb's"))
			.contains("Scaling Kubernetes to Thousands of Nodes Across Multiple Clusters, Calmly");
		assertThat(titles("silo")).containsExactly("Kubernetes at Reddit: Tales from Production");
		assertThat(titles("silo’d")).as("typographic apostrophe")
			.containsExactly("Kubernetes at Reddit: Tales from Production");
		assertThat(titles("downtime")).containsExactly("The Gotchas of Zero-Downtime Traffic w/Kubernetes");
		assertThat(titles("cncf")).contains("Keynotes");
	}

	@Test
	void findsJargonAsTyped() {
		assertThat(titles("v1.16")).containsExactly("Keynotes");
		assertThat(titles("K8s")).contains("Keynotes");
		assertThat(titles("OPA")).containsExactly("CNCF Project Updates");
		assertThat(titles("35M")).containsExactly("CNCF Project Updates");
	}

	@Test
	void understandsPhrasesPrefixesExclusionsAndOr() {
		assertThat(titles("\"3-way merge\"")).containsExactly("Helm 3 Deep Dive");
		assertThat(titles("\"merge 3-way\"")).isEmpty();
		assertThat(titles("kubef*"))
			.containsExactly("Towards Continuous Computer Vision Model Improvement with Kubeflow");
		assertThat(titles("helm")).contains("Helm 3 Deep Dive", "CNCF Project Updates");
		assertThat(titles("helm -tiller")).doesNotContain("Helm 3 Deep Dive").contains("CNCF Project Updates");
		assertThat(titles("telepresence OR submariner")).containsExactlyInAnyOrder(
				"Use Your Favorite Developer Tools in Kubernetes With Telepresence",
				"Solving Multi-Cluster Network Connectivity With Submariner");
	}

	@Test
	void suggestsASpellingWhenNothingMatchesAsTyped() {
		SearchResults results = search("kuberentes");

		assertThat(results.suggestion()).isEqualTo("kubernetes");
		assertThat(results.total()).isPositive();
		assertThat(results.hits()).map(TalkHit::titleHtml)
			.anySatisfy((title) -> assertThat(title).containsIgnoringCase("<mark>kubernetes</mark>"));
		assertThat(search("kubernetes").suggestion()).isNull();
	}

	@Test
	void spellsOutATypoAsTheIndexedWordsNearIt() {
		// A retry asks for indexed words (stems): marking them is as cheap as for any
		// query.
		assertThat(spelledOut("kuberentes~2")).isEqualTo("kubernete");
		assertThat(spelledOut("linkred~2")).isEqualTo("linkerd");
		assertThat(spelledOut("etdc~1")).as("a word typed that is indexed too (the seed has it)")
			.isEqualTo("(etdc | etcd)");
		assertThat(spelledOut("kuberentes~2 migraton~2")).isEqualTo("kubernete migrate");
		assertThat(spelledOut("qqqqqqq~2")).as("no indexed word near it").isEqualTo("qqqqqqq~2");
		for (String fuzzy : List.of("kuberentes~2", "prometeus~2 storage", "ubernetes~2", "jubernetse~2")) {
			assertThat(talksMatching(spelledOut(fuzzy))).as(fuzzy)
				.isNotEmpty()
				.containsExactlyInAnyOrderElementsOf(talksMatching(fuzzy));
		}
	}

	@Test
	void filtersAndCountsByCompanyKindProjectConferenceAndAuthor() {
		SearchResults all = search("kubernetes");
		assertThat(facet(all, "kind")).anySatisfy((value) -> {
			assertThat(value.labelKey()).isEqualTo("talk.kind.keynote");
			assertThat(value.count()).isEqualTo(1);
		});
		assertThat(facet(all, "company")).anySatisfy((value) -> {
			assertThat(value.value()).isEqualTo("reddit");
			assertThat(value.label()).isEqualTo("Reddit");
			assertThat(value.count()).isEqualTo(1);
		});
		assertThat(facet(search("helm"), "project")).anySatisfy((value) -> {
			assertThat(value.value()).isEqualTo("helm");
			assertThat(value.label()).isEqualTo("Helm");
		});
		assertThat(facet(search("helm"), "author")).singleElement().satisfies((value) -> {
			assertThat(value.value()).isEqualTo("Corey Gale");
			assertThat(value.count()).as("both talks about Helm have his notes").isEqualTo(2);
		});

		assertThat(titlesOf(filtered("kubernetes", null, null, "reddit", null, null)))
			.containsExactly("Kubernetes at Reddit: Tales from Production");
		assertThat(titlesOf(filtered("kubernetes", null, TalkKind.KEYNOTE, null, null, null)))
			.containsExactly("Keynotes");
		assertThat(titlesOf(filtered("helm", null, null, null, "helm", null))).contains("Helm 3 Deep Dive");
		assertThat(filtered("kubernetes", "another-conference", null, null, null, null).total()).isZero();
		assertThat(filtered("kubernetes", null, null, null, null, "Corey Gale").total())
			.as("talks attended without notes have no author")
			.isLessThan(all.total());
		assertThat(facet(filtered("kubernetes", null, null, "reddit", null, null), "company"))
			.filteredOn(SearchResults.FacetValue::selected)
			.singleElement()
			.satisfies((value) -> assertThat(value.href()).doesNotContain("company="));
	}

	@Test
	// Rows written by SQL are indexed by a rebuild, which only sees committed rows.
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	void showsTheThreeBestPassagesOfATalkWithManyMatchingNotes() {
		JdbcTemplate jdbc = new JdbcTemplate(this.dataSource);
		String insert = "insert into note (talk_id, body, author, created_at, updated_at) "
				+ "select id, ?, 'Ada', current_timestamp, current_timestamp from talk where slug = 'helm-3-deep-dive'";
		try {
			for (int i = 1; i <= 5; i++) {
				jdbc.update(insert, "- Chart museum " + "on premises ".repeat(i * 3) + "\n- nothing else");
			}
			jdbc.update(insert, "- Chart museum, chart museum, chart museum everywhere");
			this.index.rebuild().join();

			TalkHit hit = search("museum").hits().get(0);

			assertThat(hit.title()).isEqualTo("Helm 3 Deep Dive");
			assertThat(hit.passages()).hasSize(Passages.PER_TALK)
				.first()
				.as("the note that says it most often, and most briefly, first")
				.isEqualTo(
						"Chart <mark>museum</mark>, chart <mark>museum</mark>, chart <mark>museum</mark> everywhere");
			assertThat(hit.passages()).allSatisfy((passage) -> assertThat(passage).doesNotContain("nothing else"));
		}
		finally {
			jdbc.update("delete from note where author = 'Ada'");
			this.index.rebuild().join();
		}
	}

	@Test
	// Rows written by SQL are indexed by a rebuild, which only sees committed rows.
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	void marksTheBestSentencesOfAnAbstract() {
		JdbcTemplate jdbc = new JdbcTemplate(this.dataSource);
		String slug = "helm-3-deep-dive";
		String before = jdbc.queryForObject("select abstract_text from talk where slug = ?", String.class, slug);
		try {
			jdbc.update("update talk set abstract_text = ? where slug = ?",
					"Helm has charts. Tiller is gone in Helm 3. Tiller was the server side of Helm, and Tiller "
							+ "needed wide permissions. Charts are packages. Tiller & <b>you</b>.",
					slug);
			this.index.rebuild().join();

			TalkHit hit = search("tiller").hits().get(0);

			assertThat(hit.slug()).isEqualTo(slug);
			assertThat(hit.abstractHighlights()).hasSize(3)
				.allSatisfy((passage) -> assertThat(passage).contains("<mark>Tiller</mark>"))
				.first()
				.asString()
				.as("the sentence that says it most often first")
				.startsWith("<mark>Tiller</mark> was the server side of Helm, and <mark>Tiller</mark> needed");
			assertThat(hit.abstractHighlights()).anySatisfy((passage) -> assertThat(passage)
				.startsWith("<mark>Tiller</mark> &amp; &lt;b&gt;you&lt;&#x2F;b&gt;."));
		}
		finally {
			jdbc.update("update talk set abstract_text = ? where slug = ?", before, slug);
			this.index.rebuild().join();
		}
	}

	@Test
	// Rows written by SQL are indexed by a rebuild, which only sees committed rows.
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	void saysWhichNameMatchedWhenOnlyASpeakerOrACompanyDid() {
		JdbcTemplate jdbc = new JdbcTemplate(this.dataSource);
		String talk = "(select id from talk where slug = 'gitops-user-stories')";
		try {
			jdbc.update("insert into company (slug, name) values ('wombatworks', 'Wombatworks <Labs>')");
			jdbc.update("insert into speaker (slug, name) values ('jane-quokkason', 'Jane Quokkason')");
			jdbc.update("insert into talk_company (talk_id, company_id) select " + talk
					+ ", id from company where slug = 'wombatworks'");
			jdbc.update("insert into talk_speaker (talk_id, speaker_id) select " + talk
					+ ", id from speaker where slug = 'jane-quokkason'");
			this.index.rebuild().join();

			TalkHit bySpeaker = search("quokkason").hits().get(0);
			assertThat(bySpeaker.slug()).isEqualTo("gitops-user-stories");
			assertThat(bySpeaker.foundByNameAlone()).isTrue();
			assertThat(bySpeaker.names().speakers()).containsExactly("Jane <mark>Quokkason</mark>");
			assertThat(bySpeaker.names().companies()).isEmpty();

			TalkHit byCompany = search("wombatworks").hits().get(0);
			assertThat(byCompany.slug()).isEqualTo("gitops-user-stories");
			assertThat(byCompany.foundByNameAlone()).isTrue();
			assertThat(byCompany.names().companies()).containsExactly("<mark>Wombatworks</mark> &lt;Labs&gt;");
			assertThat(byCompany.names().speakers()).isEmpty();

			TalkHit byTitle = search("gitops").hits().get(0);
			assertThat(byTitle.foundByNameAlone()).as("a title that matched says why").isFalse();
		}
		finally {
			jdbc.update(
					"delete from talk_speaker where speaker_id in (select id from speaker where slug = 'jane-quokkason')");
			jdbc.update(
					"delete from talk_company where company_id in (select id from company where slug = 'wombatworks')");
			jdbc.update("delete from speaker where slug = 'jane-quokkason'");
			jdbc.update("delete from company where slug = 'wombatworks'");
			this.index.rebuild().join();
		}
	}

	@Test
	void neverFailsOnMalformedInput() {
		for (String typed : List.of("\"helm", "helm)", "((", "-", "*", "|", "~", "helm~", "he*lm", "\\", ":", "[", "/",
				"+-", "\"\"", "helm AND OR NOT", "<script>", "%00", "Zürich", "ﾍﾙﾑ")) {
			assertThat(search(typed)).as(typed).isNotNull();
		}
		assertThat(titles("\"helm")).as("an unclosed quote is ignored").contains("Helm 3 Deep Dive");
		assertThat(titles("((helm")).as("unbalanced parentheses").contains("Helm 3 Deep Dive");
	}

	@Test
	void refusesASearchWithMoreTermsThanTheEngineTakes() {
		StringBuilder ideographs = new StringBuilder();
		for (int i = 0; i < 150; i++) {
			// Each ideograph is a word of its own, searched in every field.
			ideographs.append((char) (0x4E00 + i * 7));
		}

		assertThatExceptionOfType(SearchTooLargeException.class).isThrownBy(() -> search(ideographs.toString()));
	}

	@Test
	void pagesThroughManyResults() {
		SearchResults first = search("k*");

		assertThat(first.total()).isGreaterThan(SearchRequest.PAGE_SIZE);
		assertThat(first.hits()).hasSize(SearchRequest.PAGE_SIZE);
		assertThat(first.hasNext()).isTrue();
		assertThat(first.nextHref()).isEqualTo("/search?q=k*&page=2");

		SearchResults second = this.search
			.search(new SearchRequest(SearchQuery.parse("k*"), null, null, null, null, null, 2));
		assertThat(second.hits()).hasSize((int) first.total() - SearchRequest.PAGE_SIZE);
		assertThat(second.hits()).extracting(TalkHit::slug).doesNotContainAnyElementsOf(slugs(first));
	}

	private String spelledOut(String fuzzy) {
		return TypoExpansion.expand(fuzzy, Search.session(this.entityManager), TalkQuery.FIELDS.keySet());
	}

	/** The talks a query in the engine's syntax matches, typo-tolerant words included. */
	private List<String> talksMatching(String text) {
		return Search.session(this.entityManager)
			.search(Talk.class)
			.select((f) -> f.field(IndexFields.SLUG, String.class))
			.where((f) -> DslTalkQuery.talks(f, text, true, SearchRequest.of("")))
			.fetchAllHits();
	}

	private SearchResults search(String query) {
		return this.search.search(SearchRequest.of(query));
	}

	private SearchResults filtered(String query, String conference, TalkKind kind, String company, String project,
			String author) {
		return this.search
			.search(new SearchRequest(SearchQuery.parse(query), conference, kind, company, project, author, 1));
	}

	private String firstTitle(String query) {
		return search(query).hits().get(0).title();
	}

	private List<String> titles(String query) {
		return titlesOf(search(query));
	}

	private static List<String> titlesOf(SearchResults results) {
		return results.hits().stream().map(TalkHit::title).toList();
	}

	private static List<String> slugs(SearchResults results) {
		return results.hits().stream().map(TalkHit::slug).toList();
	}

	private static List<SearchResults.FacetValue> facet(SearchResults results, String name) {
		return results.facets()
			.stream()
			.filter((facet) -> facet.name().equals(name))
			.findFirst()
			.orElseThrow()
			.values();
	}

	@TestConfiguration
	@EnableConfigurationProperties(TalknotesProperties.class)
	static class Settings {

	}

}
