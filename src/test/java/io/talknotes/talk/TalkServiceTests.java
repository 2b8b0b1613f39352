package io.talknotes.talk;

import java.util.List;

import io.talknotes.figure.FigureCounts;
import io.talknotes.note.NoteCounts;
import io.talknotes.speaker.Speaker;
import io.talknotes.talk.TalkFilter.NotesFilter;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

@DataJpaTest
@Import({ TalkService.class, NoteCounts.class, FigureCounts.class })
class TalkServiceTests {

	@Autowired
	private TalkService talks;

	@Autowired
	private TestEntityManager entities;

	@Test
	void listsEveryTalkInTheOrderOfTheDeck() {
		List<TalkSummary> all = this.talks.list(TalkFilter.all());

		assertThat(all).hasSize(14);
		assertThat(all.get(0).title()).isEqualTo("Keynotes");
		assertThat(all.get(1)).satisfies((updates) -> {
			assertThat(updates.kind()).isEqualTo(TalkKind.PROJECT_UPDATE);
			assertThat(updates.noteCount()).isEqualTo(1);
			assertThat(updates.figureCount()).isEqualTo(11);
		});
	}

	@Test
	void findsTalksByWordsInTheirTitleOrTheNamesOfTheirSpeakersOrCompaniesIgnoringCase() {
		assertThat(titles(text("HELM"))).containsExactly("Helm 3 Deep Dive");
		Speaker speaker = this.entities.persist(new Speaker("matt-butcher", "Matt Butcher", null));
		talk("helm-3-deep-dive").spokenBy(speaker);
		this.entities.flush();
		assertThat(titles(text("butcher"))).containsExactly("Helm 3 Deep Dive");
		assertThat(titles(text("reddit"))).containsExactly("Kubernetes at Reddit: Tales from Production");
		assertThat(titles(text("100%"))).isEmpty();
		assertThat(titles(text("_"))).as("an underscore is a character, not a wildcard").isEmpty();
	}

	@Test
	void pagesThroughTheTalksInTheOrderAskedFor() {
		TalkPage first = this.talks.page(TalkFilter.all(), TalkOrder.TITLE, 1, 5);
		TalkPage last = this.talks.page(TalkFilter.all(), TalkOrder.TITLE, 3, 5);

		assertThat(first.total()).isEqualTo(14);
		assertThat(first.pages()).isEqualTo(3);
		assertThat(first.hasPrevious()).isFalse();
		assertThat(first.hasNext()).isTrue();
		assertThat(last.talks()).hasSize(4);
		assertThat(last.hasNext()).isFalse();
		List<String> byTitle = new java.util.ArrayList<>();
		for (int page = 1; page <= 3; page++) {
			this.talks.page(TalkFilter.all(), TalkOrder.TITLE, page, 5).talks().forEach((t) -> byTitle.add(t.title()));
		}
		assertThat(byTitle).hasSize(14).isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER);
		assertThat(this.talks.page(TalkFilter.all(), TalkOrder.TITLE, 99, 5).number())
			.as("a page past the last is the last")
			.isEqualTo(3);
	}

	@Test
	void ordersByMostNotesOrByStartTimeWithUntimedTalksLast() {
		List<TalkSummary> byNotes = this.talks.page(TalkFilter.all(), TalkOrder.NOTES, 1, 50).talks();
		assertThat(byNotes).extracting(TalkSummary::noteCount).isSortedAccordingTo(java.util.Comparator.reverseOrder());
		assertThat(byNotes.get(0).noteCount()).isGreaterThan(byNotes.get(byNotes.size() - 1).noteCount());

		scheduled("helm-3-deep-dive", "2019-11-20T17:25:00Z");
		scheduled("keynotes", "2019-11-19T17:00:00Z");
		scheduled("gitops-user-stories", "2019-11-21T22:00:00Z");
		List<TalkSummary> byTime = this.talks.page(TalkFilter.all(), TalkOrder.TIME, 1, 50).talks();
		assertThat(byTime.subList(0, 3)).extracting(TalkSummary::slug)
			.containsExactly("keynotes", "helm-3-deep-dive", "gitops-user-stories");
		assertThat(byTime.get(0).startsAt()).as("in the conference's time zone")
			.isEqualTo(java.time.ZonedDateTime.parse("2019-11-19T09:00-08:00[America/Los_Angeles]"));
		assertThat(byTime.subList(3, byTime.size())).allSatisfy((talk) -> assertThat(talk.startsAt()).isNull());
	}

	@Test
	void filtersByKindCompanyAndProject() {
		assertThat(titles(new TalkFilter(null, TalkKind.PANEL, null, null, null, null)))
			.containsExactly("GitOps User Stories");
		assertThat(titles(new TalkFilter(null, null, "microsoft", null, null, null)))
			.containsExactly("Helm 3 Deep Dive");
		assertThat(titles(new TalkFilter(null, null, null, "helm", null, null))).containsExactly("CNCF Project Updates",
				"Helm 3 Deep Dive");
		assertThat(titles(new TalkFilter(null, TalkKind.TALK, null, "kubernetes", null, null))).contains(
				"Kubernetes at Reddit: Tales from Production", "The Gotchas of Zero-Downtime Traffic w/Kubernetes");
	}

	@Test
	void separatesTalksWithNotesFromTheOtherTalksAttended() {
		assertThat(this.talks.list(new TalkFilter(null, null, null, null, NotesFilter.WITH, null))).hasSize(9)
			.allSatisfy((talk) -> assertThat(talk.noteCount()).isPositive());
		assertThat(this.talks.list(new TalkFilter(null, null, null, null, NotesFilter.WITHOUT, true))).hasSize(5)
			.allSatisfy((talk) -> assertThat(talk.isAwaitingNotes()).isTrue());
	}

	@Test
	void aFilterThatMatchesNothingGivesAnEmptyList() {
		assertThat(this.talks.list(new TalkFilter("other-conference", null, null, null, null, null))).isEmpty();
		assertThat(this.talks.list(new TalkFilter(null, null, "nobody", null, null, null))).isEmpty();
	}

	@Test
	void detailsNameTheCompaniesAndProjects() {
		TalkDetails talk = this.talks.details("cortex-101-horizontally-scalable-long-term-storage-for-prometheus");

		assertThat(talk.companies()).extracting("name").containsExactly("Splunk");
		assertThat(talk.projects()).extracting("name").contains("Cortex", "Prometheus", "Thanos");
		assertThat(talk.conference().name()).isEqualTo("KubeCon + CloudNativeCon North America 2019");
	}

	@Test
	void anUnknownSlugIsNotFound() {
		assertThatExceptionOfType(TalkNotFoundException.class).isThrownBy(() -> this.talks.details("nope"))
			.withMessageContaining("nope");
	}

	private List<String> titles(TalkFilter filter) {
		return this.talks.list(filter).stream().map(TalkSummary::title).toList();
	}

	private void scheduled(String slug, String startsAt) {
		talk(slug).schedule(java.time.Instant.parse(startsAt), null, null);
		this.entities.flush();
	}

	private Talk talk(String slug) {
		return this.entities.getEntityManager()
			.createQuery("select t from Talk t where t.slug = :slug", Talk.class)
			.setParameter("slug", slug)
			.getSingleResult();
	}

	private static TalkFilter text(String words) {
		return new TalkFilter(null, null, null, null, null, null, words);
	}

}
