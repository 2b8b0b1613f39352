package io.talknotes.imports;

import java.util.List;

import io.talknotes.talk.TalkKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class ImportedSessionTests {

	@ParameterizedTest
	@CsvSource(nullValues = "null",
			value = { "Keynote, KEYNOTE", "Keynote Session, KEYNOTE", "Panel, PANEL", "Panel Discussion, PANEL",
					"podium, PANEL", "Lightning Talks, LIGHTNING_TALK", "lightning_talk, LIGHTNING_TALK",
					"Workshop, WORKSHOP", "Tutorial, WORKSHOP", "Hands-on Lab, WORKSHOP", "lecture, TALK",
					"Breakout Session, TALK", "Collaboration, TALK", "null, TALK", "'', TALK",
					"Project Update, PROJECT_UPDATE" })
	void theKindIsReadFromTheSessionType(String type, TalkKind kind) {
		assertThat(ImportedSession.kindOf(type)).isEqualTo(kind);
	}

	@Test
	void blankValuesAreNoneAndTextIsCutToWhatTheColumnsHold() {
		ScheduledSession session = new ScheduledSession("uid-1", "  A  title\non two lines ", "   ", "Talk", "",
				"x".repeat(200), null, null, "a".repeat(5000), null,
				List.of(new ScheduledSpeaker(" Ada  Lovelace ", " "), new ScheduledSpeaker("ada lovelace", "Other")),
				"https://example.org/" + "p".repeat(600), null, null);

		ImportedSession imported = ImportedSession.of(session);

		assertThat(imported.title()).isEqualTo("A title on two lines");
		assertThat(imported.subtitle()).isNull();
		assertThat(imported.track()).isNull();
		assertThat(imported.room()).hasSize(120).endsWith("…");
		assertThat(imported.abstractText()).hasSize(4000);
		assertThat(imported.scheduleUrl()).isNull();
		assertThat(imported.speakers()).containsExactly(new ScheduledSpeaker("Ada Lovelace", null));
	}

	@Test
	void aUidTooLongForItsColumnIsStoredAsTheSameDigestEachTime() {
		String uid = "u".repeat(300);

		assertThat(ImportedSession.key(uid)).startsWith("sha256:")
			.hasSizeLessThanOrEqualTo(255)
			.isEqualTo(ImportedSession.key(uid));
		assertThat(ImportedSession.key("short")).isEqualTo("short");
	}

	@Test
	void aCutNeverSplitsACharacterInTwo() {
		String emoji = "a".repeat(8) + "😀😀";

		assertThat(ImportedSession.cut(emoji, 10)).isEqualTo("a".repeat(8) + "…");
	}

}
