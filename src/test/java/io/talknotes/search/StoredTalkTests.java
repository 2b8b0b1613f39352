package io.talknotes.search;

import java.util.List;

import io.talknotes.talk.TalkKind;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StoredTalkTests {

	@Test
	void readsBackEverythingATalkWasEncodedWith() {
		StoredTalk talk = new StoredTalk("zero-downtime", "Zero-Downtime Upgrades at Zürich’s 🚀 scale",
				TalkKind.KEYNOTE, "KubeCon + CloudNativeCon North America 2019", List.of("Airbnb", "Lyft"),
				List.of("Jane Doe"), "Line one.\nLine <two> & three.", List.of("35M QPS", "", "5 9s"));

		assertThat(StoredTalk.decode(talk.encoded())).isEqualTo(talk);
	}

	@Test
	void readsBackWhatATalkLacks() {
		StoredTalk talk = new StoredTalk("t", "", TalkKind.TALK, null, List.of(), List.of(), null, List.of());

		assertThat(StoredTalk.decode(talk.encoded())).isEqualTo(talk);
	}

}
