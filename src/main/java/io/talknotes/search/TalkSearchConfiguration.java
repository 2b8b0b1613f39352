package io.talknotes.search;

import io.talknotes.system.TalknotesProperties;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Chooses how talks are searched: {@code talknotes.search.engine=lucene} (the default)
 * reads the Lucene index directly, {@code dsl} goes through the query language of
 * Hibernate Search, which the {@code opensearch} profile needs.
 */
@Configuration(proxyBeanMethods = false)
public class TalkSearchConfiguration {

	@Bean
	TalkSearch talkSearch(TalknotesProperties properties, EntityManager entityManager,
			EntityManagerFactory entityManagerFactory, SearchIndex index) {
		return switch (properties.search().engine()) {
			case LUCENE -> new LuceneTalkSearch(entityManager, entityManagerFactory, index);
			case DSL -> new DslTalkSearch(entityManager, index);
		};
	}

}
