package io.talknotes.web;

import java.util.UUID;

import io.talknotes.talk.TalkDetails;
import io.talknotes.talk.TalkService;
import org.junit.jupiter.api.Test;

import org.springframework.aop.ClassFilter;
import org.springframework.aop.support.AopUtils;
import org.springframework.cache.interceptor.BeanFactoryCacheOperationSourceAdvisor;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a page shows is made once per version of the data: asked again, the services give
 * what they kept, until someone writes.
 */
class CachedServicesTests {

	private static final String TALK = "keynotes";

	@Test
	void aTalkAskedForAgainIsTheOneKeptUntilSomeoneWrites() {
		TalkService talks = SharedApplication.bean(TalkService.class);
		TalkDetails first = talks.details(TALK);

		assertThat(talks.details(TALK)).isSameAs(first);

		Forms.post("/talks/" + TALK + "/notes", "body", "Cached services check " + UUID.randomUUID());
		TalkDetails afterANote = talks.details(TALK);

		assertThat(afterANote).isNotSameAs(first).isEqualTo(first);
		assertThat(talks.details(TALK)).isSameAs(afterANote);
	}

	@Test
	void onlyTheApplicationsOwnClassesAreReadForCacheAnnotations() {
		ClassFilter read = SharedApplication.bean(BeanFactoryCacheOperationSourceAdvisor.class)
			.getPointcut()
			.getClassFilter();

		assertThat(read.matches(TalkService.class)).isTrue();
		assertThat(read.matches(JdbcTemplate.class)).isFalse();
		assertThat(AopUtils.isAopProxy(SharedApplication.bean(TalkService.class))).isTrue();
	}

}
