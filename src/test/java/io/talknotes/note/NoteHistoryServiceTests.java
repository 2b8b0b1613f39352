package io.talknotes.note;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import io.talknotes.account.AccountService;
import io.talknotes.account.AccountsForTests;
import io.talknotes.note.DiffLine.Change;
import io.talknotes.talk.TalkService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

/**
 * {@link NoteHistoryService} on the seeded database: the versions of a note, what changed
 * between two, and restoring one.
 */
@DataJpaTest
@Import({ NoteService.class, NoteHistoryService.class, TalkService.class, NoteCounts.class, MarkdownRenderer.class,
		AccountsForTests.class, NoteHistoryServiceTests.TickingClock.class })
class NoteHistoryServiceTests {

	private static final String HELM = "helm-3-deep-dive";

	@Autowired
	private NoteService notes;

	@Autowired
	private NoteHistoryService history;

	@Autowired
	private AccountService accounts;

	@BeforeEach
	void writers() {
		AccountsForTests.ensure(this.accounts, "ada", "Ada");
		AccountsForTests.ensure(this.accounts, "bob", "Bob");
		AccountsForTests.ensure(this.accounts, "cy", "Cy");
	}

	@Test
	void listsEveryVersionNewestFirstWithWhoWroteItAndWhen() {
		NoteView first = this.notes.add(HELM, new NoteForm("- Tiller is gone"), "ada");
		NoteView second = this.notes.edit(HELM, first.id(), first.version(), new NoteForm("- Tiller is gone!"), "bob");
		NoteView third = this.notes.edit(HELM, first.id(), second.version(),
				new NoteForm("- Tiller is gone\n- Charts validate values"), "cy");

		NoteHistory history = this.history.history(HELM, first.id());

		assertThat(history.versions())
			.extracting(NoteVersion::number, NoteVersion::author, NoteVersion::writtenAt, NoteVersion::current)
			.containsExactly(tuple(3, "Cy", third.updatedAt(), true), tuple(2, "Bob", second.updatedAt(), false),
					tuple(1, "Ada", first.createdAt(), false));
		assertThat(history.versions()).extracting(NoteVersion::body)
			.containsExactly("- Tiller is gone\n- Charts validate values", "- Tiller is gone!", "- Tiller is gone");
		assertThat(history.versions().get(2).html()).contains("<li>Tiller is gone</li>");
	}

	@Test
	void aNoteNeverEditedHasOneVersion() {
		NoteView note = this.notes.add(HELM, new NoteForm("only text"), "ada");

		assertThat(this.history.history(HELM, note.id()).versions()).singleElement()
			.satisfies((version) -> assertThat(version.current()).isTrue());
	}

	@Test
	void theDiffBetweenTwoVersionsMarksTheWordsThatChangedInsideTheirLine() {
		NoteView first = this.notes.add(HELM,
				new NoteForm("- Releases stored as secrets\n- Three-way merge\n- Tiller is gone"), "ada");
		NoteView second = this.notes.edit(HELM, first.id(), first.version(),
				new NoteForm("- Releases stored as configmaps\n- Three-way merge"), "bob");
		this.notes.edit(HELM, first.id(), second.version(),
				new NoteForm("- Releases stored as configmaps\n- Three-way merge\n- Library charts"), "cy");

		NoteDiff diff = this.history.diff(HELM, first.id(), 1, 3);

		assertThat(diff.lines()).extracting(DiffLine::change)
			.containsExactly(Change.REMOVED, Change.ADDED, Change.KEPT, Change.REMOVED, Change.ADDED);
		assertThat(diff.lines().get(0).segments()).extracting(DiffLine.Segment::text, DiffLine.Segment::changed)
			.containsExactly(tuple("- Releases stored as ", false), tuple("secrets", true));
		assertThat(diff.lines().get(1).segments()).extracting(DiffLine.Segment::text, DiffLine.Segment::changed)
			.containsExactly(tuple("- Releases stored as ", false), tuple("configmaps", true));
		assertThat(changed(diff.lines().get(3))).as("unrelated lines are whole").containsExactly("- Tiller is gone");
		assertThat(changed(diff.lines().get(4))).containsExactly("- Library charts");
		assertThat(diff.from().author()).isEqualTo("Ada");
		assertThat(diff.to().current()).isTrue();
	}

	@Test
	void theDiffWorksEitherWayRoundAndBetweenEqualTexts() {
		NoteView first = this.notes.add(HELM, new NoteForm("- Helm Hub"), "ada");
		this.notes.edit(HELM, first.id(), first.version(), new NoteForm("- Artifact Hub"), "bob");

		NoteDiff backwards = this.history.diff(HELM, first.id(), 2, 1);

		assertThat(changed(backwards.lines().get(0))).containsExactly("Artifact");
		assertThat(changed(backwards.lines().get(1))).containsExactly("Helm");
		assertThat(this.history.diff(HELM, first.id(), 2, 2).isUnchanged()).isTrue();
	}

	@Test
	void anUnknownVersionIsNotFound() {
		NoteView note = this.notes.add(HELM, new NoteForm("text"), "ada");

		assertThatExceptionOfType(NoteVersionNotFoundException.class)
			.isThrownBy(() -> this.history.diff(HELM, note.id(), 1, 2));
		assertThatExceptionOfType(NoteNotFoundException.class)
			.isThrownBy(() -> this.history.history("keynotes", note.id()));
	}

	@Test
	void restoringAVersionMakesANewVersionAndLosesNothing() {
		NoteView first = this.notes.add(HELM, new NoteForm("original"), "ada");
		NoteView second = this.notes.edit(HELM, first.id(), first.version(), new NoteForm("vandalised"), "bob");

		NoteView restored = this.history.restore(HELM, first.id(), 1, second.version(), "cy");

		assertThat(restored.body()).isEqualTo("original");
		assertThat(restored.author()).as("a note keeps its author").isEqualTo("Ada");
		assertThat(this.history.history(HELM, first.id()).versions())
			.extracting(NoteVersion::number, NoteVersion::body, NoteVersion::author)
			.containsExactly(tuple(3, "original", "Cy"), tuple(2, "vandalised", "Bob"), tuple(1, "original", "Ada"));
	}

	@Test
	void aRestoreFromAStaleHistoryIsRefusedLikeAStaleEdit() {
		NoteView first = this.notes.add(HELM, new NoteForm("original"), "ada");
		NoteView second = this.notes.edit(HELM, first.id(), first.version(), new NoteForm("second"), "bob");
		this.notes.edit(HELM, first.id(), second.version(), new NoteForm("third"), "cy");

		assertThatExceptionOfType(NoteConflictException.class)
			.isThrownBy(() -> this.history.restore(HELM, first.id(), 1, second.version(), "ada"))
			.satisfies((ex) -> assertThat(ex.getCurrent().body()).isEqualTo("third"));
		assertThat(this.history.history(HELM, first.id()).versions()).hasSize(3);
	}

	@Test
	void restoringTheCurrentTextChangesNothing() {
		NoteView note = this.notes.add(HELM, new NoteForm("same"), "ada");

		this.history.restore(HELM, note.id(), 1, note.version(), "bob");

		assertThat(this.history.history(HELM, note.id()).versions()).singleElement()
			.extracting(NoteVersion::author)
			.isEqualTo("Ada");
	}

	private static List<String> changed(DiffLine line) {
		return line.segments().stream().filter(DiffLine.Segment::changed).map(DiffLine.Segment::text).toList();
	}

	/** A clock a minute later at each reading, so that versions have distinct times. */
	@TestConfiguration
	static class TickingClock {

		@Bean
		Clock clock() {
			return new Clock() {

				private Instant now = Instant.parse("2026-01-15T10:00:00Z");

				@Override
				public synchronized Instant instant() {
					this.now = this.now.plus(Duration.ofMinutes(1));
					return this.now;
				}

				@Override
				public ZoneId getZone() {
					return ZoneOffset.UTC;
				}

				@Override
				public Clock withZone(ZoneId zone) {
					return this;
				}

			};
		}

	}

}
