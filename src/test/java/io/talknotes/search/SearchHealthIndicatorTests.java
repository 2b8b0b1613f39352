package io.talknotes.search;

import org.junit.jupiter.api.Test;

import org.springframework.boot.health.contributor.Status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

class SearchHealthIndicatorTests {

	private final SearchIndex index = mock(SearchIndex.class);

	private final SearchHealthIndicator health = new SearchHealthIndicator(this.index);

	@Test
	void isOutOfServiceWhileTheIndexIsBuilt() {
		given(this.index.status()).willReturn(IndexStatus.building(250, 1000));

		assertThat(this.health.health().getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
		assertThat(this.health.health().getDetails()).containsEntry("indexed", "25%");
	}

	@Test
	void isOutOfServiceUntilTheIndexHasBeenChecked() {
		given(this.index.status()).willReturn(IndexStatus.checking());

		assertThat(this.health.health().getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
	}

	@Test
	void isUpOnceSearchCanAnswer() {
		given(this.index.status()).willReturn(IndexStatus.ready());

		assertThat(this.health.health().getStatus()).isEqualTo(Status.UP);
	}

	@Test
	void isDownWhenTheRebuildFailed() {
		given(this.index.status()).willReturn(IndexStatus.failed());

		assertThat(this.health.health().getStatus()).isEqualTo(Status.DOWN);
	}

}
