package io.talknotes.talk;

import java.util.List;

import io.talknotes.figure.FigureCounts;
import io.talknotes.note.NoteCounts;
import io.talknotes.talk.TalkFilter.NotesFilter;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

@DataJpaTest
@Import({ TalkService.class, NoteCounts.class, FigureCounts.class })
class TalkServiceTests {

	@Autowired
	private TalkService talks;

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

}
