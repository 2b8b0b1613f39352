package io.talknotes.search;

import java.util.Map;

import io.talknotes.system.TalknotesProperties;
import io.talknotes.system.TalknotesProperties.Coordination;
import org.hibernate.search.mapper.orm.cfg.HibernateOrmMapperSettings;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.stereotype.Component;

/**
 * Tells Hibernate Search how the nodes share indexing
 * ({@code talknotes.search.coordination}). One node indexes a write before the page
 * answers (the synchronization strategy in {@code application.properties}); with outbox
 * polling a write is queued in the database with the data and indexed by the node the
 * queue's shard belongs to, shortly after, and Hibernate Search refuses any
 * synchronization strategy.
 */
@Component
@EnableConfigurationProperties(TalknotesProperties.class)
class SearchCoordination implements HibernatePropertiesCustomizer {

	private final Coordination coordination;

	SearchCoordination(TalknotesProperties properties) {
		this.coordination = properties.search().coordination();
	}

	@Override
	public void customize(Map<String, Object> hibernateProperties) {
		hibernateProperties.put(HibernateOrmMapperSettings.COORDINATION_STRATEGY, this.coordination.strategy());
		if (this.coordination == Coordination.OUTBOX_POLLING) {
			// Boot passes spring.jpa.properties beside these, so the setting cannot be
			// removed here; Hibernate Search takes an empty value as not set.
			hibernateProperties.put(HibernateOrmMapperSettings.INDEXING_PLAN_SYNCHRONIZATION_STRATEGY, "");
		}
	}

}
