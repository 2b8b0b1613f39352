package io.talknotes.figure;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;

import io.talknotes.TestMessages;
import io.talknotes.account.AccountsForTests;
import io.talknotes.company.CompanyService;
import io.talknotes.figure.shorthand.FigureParseException;
import io.talknotes.figure.shorthand.Qualifier;
import io.talknotes.note.NoteCounts;
import io.talknotes.project.ProjectService;
import io.talknotes.system.FormerSlugs;
import io.talknotes.system.NamedEntities;
import io.talknotes.system.Usages;
import io.talknotes.system.NamedLink;
import io.talknotes.talk.TalkService;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * {@link FigureService} on the seeded database: the filtered and sorted figures of the
 * figures page, and adding, revising and deleting figures.
 */
@DataJpaTest
@Import({ FigureService.class, UnitsConfiguration.class, TalkService.class, NoteCounts.class, FigureCounts.class,
		CompanyService.class, ProjectService.class, AccountsForTests.class, FormerSlugs.class, NamedEntities.class,
		Usages.class, FigureServiceTests.SystemClock.class })
class FigureServiceTests {

	private static final String KUBECON = "kubecon-cloudnativecon-na-2019";

	private static final String UPDATES = "cncf-project-updates";

	@Autowired
	private FigureService figures;

	@Autowired
	private CompanyService companies;

	@Autowired
	private TalkService talks;

	@Test
	void listsEveryFigureByUnitAndThenLargestFirst() {
		List<FigureView> all = this.figures.find(FigureQuery.ALL);

		assertThat(all).hasSize(30);
		assertThat(all).extracting(FigureView::unit).isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER);
		assertThat(texts(all)).startsWith("5 9s", "150B+ Arm-based chips shipped", "3 clusters in each region")
			.containsSubsequence("10000 node cluster", "up to 5000 node k8s clusters", "up to 5000 nodes/cluster",
					"~2500 nodes/cluster", "~2300 nodes/cluster");
	}

	@Test
	void filtersByUnit() {
		assertThat(texts(this.figures.find(FigureQuery.forUnit("pods")))).containsExactly("30k pods", "10K+ pods",
				"5k+ pods");
		assertThat(this.figures.find(FigureQuery.forUnit("keyspaces"))).singleElement()
			.satisfies((figure) -> assertThat(figure.figure().unit().isKnown()).isFalse());
	}

	@Test
	void filtersByCompanyProjectAndConference() {
		assertThat(this.figures.find(new FigureQuery(null, "lyft", null, null, null, null))).hasSize(6)
			.allSatisfy((figure) -> assertThat(figure.company().name()).isEqualTo("Lyft"));
		assertThat(texts(this.figures.find(new FigureQuery(null, null, "vitess", null, null, null))))
			.containsExactlyInAnyOrder("5 9s", "35%", "100%", "35M QPS", "30k pods", "4k keyspaces");
		assertThat(this.figures.find(new FigureQuery(null, null, null, KUBECON, null, null))).hasSize(30);
		assertThat(this.figures.find(new FigureQuery(null, null, null, "another-conference", null, null))).isEmpty();
	}

	@Test
	void combinesFilters() {
		assertThat(texts(this.figures.find(new FigureQuery("nodes", "airbnb", "kubernetes", KUBECON, null, null))))
			.containsExactly("~2500 nodes/cluster", "~2300 nodes/cluster");
	}

	@Test
	void sortsByCompanyEitherWayWithFiguresAboutNoCompanyLast() {
		List<String> ascending = companyNames(
				this.figures.find(new FigureQuery(null, null, null, null, "company", "asc")));
		List<String> descending = companyNames(
				this.figures.find(new FigureQuery(null, null, null, null, "company", "desc")));

		assertThat(ascending).startsWith("Airbnb", "Airbnb", "Alibaba", "Arm").endsWith("—", "—");
		assertThat(descending).startsWith("Snap Inc.", "Snap Inc.", "Snap Inc.", "Slack").endsWith("—", "—");
	}

	@Test
	void sortsByProjectAndByValue() {
		List<FigureView> byProject = this.figures.find(new FigureQuery(null, null, null, null, "project", "asc"));
		List<FigureView> largest = this.figures.find(new FigureQuery(null, null, null, null, "value", "desc"));
		List<FigureView> smallest = this.figures.find(new FigureQuery(null, null, null, null, "value", "asc"));

		assertThat(byProject.get(0).project().name()).isEqualTo("etcd");
		assertThat(texts(largest)).startsWith("150B+ Arm-based chips shipped", "3.5 billions snaps/day",
				"2.8B+ votes per month");
		assertThat(texts(smallest)).startsWith("3 clusters in each region", "5 years");
	}

	@Test
	void sortsByUnitInReverse() {
		List<FigureView> figures = this.figures.find(new FigureQuery(null, null, null, null, "unit", "desc"));

		assertThat(figures).extracting(FigureView::unit).isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER.reversed());
		assertThat(texts(figures)).startsWith("5 years");
	}

	@Test
	void offersOnlyWhatHasFiguresAsFilters() {
		FigureFilterOptions options = this.figures.filterOptions();

		assertThat(options.units()).contains("pods", "nodes", "queries per second", "keyspaces")
			.doesNotHaveDuplicates()
			.isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER);
		assertThat(options.companies()).extracting(NamedLink::name)
			.contains("Airbnb", "JD.com", "Lyft")
			.doesNotContain("Intuit");
		assertThat(options.projects()).extracting(NamedLink::slug).contains("vitess", "helm", "etcd");
		assertThat(options.conferences()).extracting(NamedLink::slug).containsExactly(KUBECON);
	}

	@Test
	void addsAFigureAfterTheTalksOthersWithANewCompany() {
		FigureView added = this.figures.add(UPDATES,
				new FigureForm(" 12k+ pods ", " Fleet ", "", "Acme  Robotics", "vitess", ""),
				AccountsForTests.COREY_GALE);

		assertThat(added.textAsWritten()).isEqualTo("12k+ pods");
		assertThat(added.fullForm()).isEqualTo("at least 12,000 pods");
		assertThat(added.subject()).isEqualTo("Fleet");
		assertThat(added.company()).isEqualTo(new NamedLink("acme-robotics", "Acme Robotics"));
		assertThat(added.project().slug()).isEqualTo("vitess");
		assertThat(texts(this.figures.forTalk(this.talks.details(UPDATES).id()))).hasSize(12).endsWith("12k+ pods");
		assertThat(texts(this.figures.find(FigureQuery.forUnit("pods")))).containsExactly("30k pods", "12k+ pods",
				"10K+ pods", "5k+ pods");
	}

	@Test
	void reusesACompanyWhoseNameMatchesIgnoringCase() {
		FigureView added = this.figures.add(UPDATES, new FigureForm("3 clusters", null, null, "LYFT", null, null),
				AccountsForTests.COREY_GALE);

		assertThat(added.company()).isEqualTo(new NamedLink("lyft", "Lyft"));
	}

	@Test
	void givesANewCompanyAFreeSlug() {
		FigureView added = this.figures.add(UPDATES, new FigureForm("3 clusters", null, null, "JD com", null, "Vitess"),
				AccountsForTests.COREY_GALE);

		assertThat(added.company()).isEqualTo(new NamedLink("jd-com-2", "JD com"));
		assertThat(added.project().slug()).isEqualTo("vitess");
		assertThat(this.companies.get("jd-com").getName()).isEqualTo("JD.com");
	}

	@Test
	void revisesAFigureFromItsNewText() {
		FigureView jd = figure("30k pods");

		FigureView revised = this.figures.revise(UPDATES, jd.id(), jd.version(),
				new FigureForm("~32k pods", "Vitess at JD.com", "jd-com", "", "", ""));

		assertThat(revised.textAsWritten()).isEqualTo("~32k pods");
		assertThat(revised.figure().value()).isEqualByComparingTo(new BigDecimal("32000"));
		assertThat(revised.figure().qualifier()).isEqualTo(Qualifier.ABOUT);
		assertThat(revised.project()).isNull();
		assertThat(revised.version()).isGreaterThan(jd.version());
		assertThat(this.figures.get(UPDATES, jd.id()).fullForm()).isEqualTo("about 32,000 pods");
	}

	@Test
	void keepsAFiguresPercentileAndFindsItWithTheUnitsThatConvertIntoItsOwn() {
		this.figures.add(UPDATES, new FigureForm("p99 under 250 µs", "Query latency", "", "", "vitess", ""),
				AccountsForTests.COREY_GALE);
		this.figures.add(UPDATES, new FigureForm("0.4 ms", "Median latency", "", "", "vitess", ""),
				AccountsForTests.COREY_GALE);

		List<FigureView> latencies = this.figures.find(FigureQuery.forUnit("milliseconds"));

		assertThat(texts(latencies)).containsExactlyInAnyOrder("p99 under 250 µs", "0.4 ms", "5 years");
		assertThat(latencies).filteredOn((figure) -> figure.subject().equals("Query latency"))
			.singleElement()
			.satisfies((figure) -> assertThat(figure.shortForm()).isEqualTo("p99 under 250 µs"));
		assertThat(texts(this.figures.find(FigureQuery.forUnit("pods")))).containsExactly("30k pods", "10K+ pods",
				"5k+ pods");
	}

	@Test
	void deletesAFigure() {
		FigureView jd = figure("30k pods");

		this.figures.delete(UPDATES, jd.id(), jd.version());

		assertThat(this.figures.find(FigureQuery.ALL)).hasSize(29);
		assertThatExceptionOfType(FigureNotFoundException.class).isThrownBy(() -> this.figures.get(UPDATES, jd.id()));
	}

	@Test
	void aDeletedFigureComesBackAsItWasInItsPlaceAmongTheTalksFigures() {
		List<String> before = texts(this.figures.forTalk(this.talks.find(UPDATES).getId()));
		FigureView jd = figure("30k pods");

		DeletedFigure deleted = this.figures.delete(UPDATES, jd.id(), jd.version());
		FigureView back = this.figures.restore(UPDATES, new FigureForm(deleted.text(), deleted.subject(),
				deleted.companySlug(), null, deleted.projectSlug(), null), deleted.position(), deleted.addedBy());

		assertThat(texts(this.figures.forTalk(this.talks.find(UPDATES).getId()))).isEqualTo(before);
		assertThat(back.id()).isNotEqualTo(jd.id());
		assertThat(back)
			.extracting(FigureView::textAsWritten, FigureView::subject, FigureView::company, FigureView::project,
					FigureView::addedBy, FigureView::fullForm)
			.containsExactly(jd.textAsWritten(), jd.subject(), jd.company(), jd.project(), jd.addedBy(), jd.fullForm());
	}

	@Test
	void aFigureIsOnlyFoundThroughItsOwnTalk() {
		FigureView jd = figure("30k pods");

		assertThatExceptionOfType(FigureNotFoundException.class)
			.isThrownBy(() -> this.figures.get("helm-3-deep-dive", jd.id()));
		assertThatExceptionOfType(FigureNotFoundException.class)
			.isThrownBy(() -> this.figures.delete("helm-3-deep-dive", jd.id(), jd.version()));
	}

	@Test
	void anEditFromAStaleFormIsRefusedWithTheSavedFigure() {
		FigureView opened = figure("30k pods");
		this.figures.revise(UPDATES, opened.id(), opened.version(),
				new FigureForm("31k pods", "Bob's figure", "jd-com", "", "", ""));

		assertThatExceptionOfType(FigureConflictException.class)
			.isThrownBy(() -> this.figures.revise(UPDATES, opened.id(), opened.version(),
					new FigureForm("32k pods", "Ada's figure", "jd-com", "", "", "")))
			.satisfies((ex) -> assertThat(ex.getCurrent().textAsWritten()).isEqualTo("31k pods"));
		assertThat(this.figures.get(UPDATES, opened.id()).subject()).as("the first save is kept")
			.isEqualTo("Bob's figure");
	}

	@Test
	void aDeleteFromAStalePageDeletesNothing() {
		FigureView opened = figure("30k pods");
		this.figures.revise(UPDATES, opened.id(), opened.version(),
				new FigureForm("31k pods", "Vitess at JD.com", "jd-com", "", "", ""));

		assertThatExceptionOfType(FigureConflictException.class)
			.isThrownBy(() -> this.figures.delete(UPDATES, opened.id(), opened.version()));
		assertThat(this.figures.get(UPDATES, opened.id()).textAsWritten()).isEqualTo("31k pods");
	}

	@Test
	void refusesAnUnknownUnitTooLongToStore() {
		assertThatExceptionOfType(FigureParseException.class)
			.isThrownBy(() -> this.figures.understand("5 " + "very long words ".repeat(5)))
			.satisfies((ex) -> assertThat(TestMessages.text(ex.getMessageKey(), ex.getArguments()))
				.isEqualTo("Keep what is counted to 60 characters or fewer, for example \"pods\"."));
	}

	private FigureView figure(String text) {
		return this.figures.find(FigureQuery.ALL)
			.stream()
			.filter((figure) -> figure.textAsWritten().equals(text))
			.findFirst()
			.orElseThrow();
	}

	private static List<String> texts(List<FigureView> figures) {
		return figures.stream().map(FigureView::textAsWritten).toList();
	}

	private static List<String> companyNames(List<FigureView> figures) {
		return figures.stream().map((figure) -> (figure.company() != null) ? figure.company().name() : "—").toList();
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class SystemClock {

		@Bean
		Clock clock() {
			return Clock.systemUTC();
		}

	}

}
