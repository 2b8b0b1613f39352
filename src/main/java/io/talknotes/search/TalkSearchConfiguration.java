package io.talknotes.search;

import java.util.Locale;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.talknotes.system.TalknotesProperties;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.springframework.beans.factory.ObjectProvider;
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
			case DSL -> new DslTalkSearch(entityManager, entityManagerFactory, index);
		};
	}

	/** How long each search takes, as /actuator/prometheus shows it, by engine. */
	@Bean
	Timer searchTimer(TalknotesProperties properties, ObjectProvider<MeterRegistry> meters) {
		return Timer.builder("talknotes.search")
			.description("Searches, from the query to the page of results")
			.tag("engine", properties.search().engine().name().toLowerCase(Locale.ROOT))
			.register(meters.getIfAvailable(SimpleMeterRegistry::new));
	}

}
