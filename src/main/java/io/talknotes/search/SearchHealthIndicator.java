package io.talknotes.search;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.stereotype.Component;

/**
 * Reports the app not ready until the search index can answer.
 */
@Component("search")
class SearchHealthIndicator implements HealthIndicator {

	private final SearchIndex index;

	SearchHealthIndicator(SearchIndex index) {
		this.index = index;
	}

	@Override
	public Health health() {
		IndexStatus status = this.index.status();
		return switch (status.state()) {
			case READY -> Health.up().build();
			case FAILED -> Health.down().withDetail("index", "rebuild failed").build();
			default -> Health.status(Status.OUT_OF_SERVICE).withDetail("indexed", status.percent() + "%").build();
		};
	}

}
