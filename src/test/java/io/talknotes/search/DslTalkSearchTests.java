package io.talknotes.search;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The search tests through the query language of Hibernate Search, on its Lucene backend.
 */
@TestPropertySource(properties = "talknotes.search.engine=dsl")
class DslTalkSearchTests extends AbstractTalkSearchTests {

	@Autowired
	private TalkSearch search;

	@Test
	void isTheSearchThroughTheQueryLanguage() {
		assertThat(this.search).isInstanceOf(DslTalkSearch.class);
	}

}
