package io.talknotes.search;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** The search tests on the Lucene index read directly, the default. */
@TestPropertySource(properties = "talknotes.search.engine=lucene")
class LuceneTalkSearchTests extends AbstractTalkSearchTests {

	@Autowired
	private TalkSearch search;

	@Test
	void isTheLuceneSearch() {
		assertThat(this.search).isInstanceOf(LuceneTalkSearch.class);
	}

}
