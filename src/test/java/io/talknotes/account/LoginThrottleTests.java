package io.talknotes.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LoginThrottleTests {

	private final MovableClock clock = new MovableClock();

	private final LoginThrottle throttle = new LoginThrottle(this.clock);

	@Test
	void fourFailuresCostNothingTheFifthAWaitThatDoublesWithEachFailure() {
		failTimes(4, "ada", "10.0.0.1");
		assertThat(this.throttle.waitFor("ada", "10.0.0.9")).isZero();

		this.throttle.failed("ada", "10.0.0.1");
		assertThat(this.throttle.waitFor("ada", "10.0.0.9")).isEqualTo(Duration.ofSeconds(8));

		this.clock.move(Duration.ofSeconds(8));
		assertThat(this.throttle.waitFor("ada", "10.0.0.9")).as("over once waited").isZero();
		this.throttle.failed("ada", "10.0.0.1");
		assertThat(this.throttle.waitFor("ada", "10.0.0.9")).isEqualTo(Duration.ofSeconds(16));
		this.clock.move(Duration.ofSeconds(16));
		this.throttle.failed("ada", "10.0.0.1");
		assertThat(this.throttle.waitFor("ada", "10.0.0.9")).isEqualTo(Duration.ofSeconds(32));
	}

	@Test
	void theWaitStopsGrowingAtAnHour() {
		for (int i = 0; i < 30; i++) {
			this.throttle.failed("ada", "10.0.0." + i);
			this.clock.move(this.throttle.waitFor("ada", "10.0.0.200"));
		}
		this.throttle.failed("ada", "10.0.0.99");

		assertThat(this.throttle.waitFor("ada", "10.0.0.200")).isEqualTo(Duration.ofHours(1));
	}

	@Test
	void anAddressWithFiveFailuresWaitsWhateverTheNameItTries() {
		for (int i = 0; i < 5; i++) {
			this.throttle.failed("name-" + i, "10.0.0.1");
		}

		assertThat(this.throttle.waitFor("someone-else", "10.0.0.1")).isPositive();
		assertThat(this.throttle.waitFor("someone-else", "10.0.0.2")).isZero();
	}

	@Test
	void namesAreCountedAlikeWhateverTheirCase() {
		failTimes(5, "Ada ", "10.0.0.1");

		assertThat(this.throttle.waitFor("ada", "10.0.0.9")).isPositive();
	}

	@Test
	void aSuccessClearsTheNamesCountButNotTheAddresss() {
		failTimes(4, "ada", "10.0.0.1");
		this.throttle.succeeded("ada");
		this.throttle.failed("ada", "10.0.0.2");

		assertThat(this.throttle.waitFor("ada", "10.0.0.3")).isZero();
		this.throttle.failed("bob", "10.0.0.1");
		assertThat(this.throttle.waitFor("carol", "10.0.0.1")).as("the address failed five times").isPositive();
	}

	@Test
	void failuresAreForgottenAnHourAfterTheLastWaitEnded() {
		failTimes(5, "ada", "10.0.0.1");
		this.clock.move(Duration.ofSeconds(8).plusHours(1).plusSeconds(1));

		this.throttle.failed("ada", "10.0.0.1");

		assertThat(this.throttle.waitFor("ada", "10.0.0.1")).isZero();
	}

	private void failTimes(int times, String username, String address) {
		for (int i = 0; i < times; i++) {
			this.throttle.failed(username, address);
		}
	}

	static final class MovableClock extends Clock {

		private Instant now = Instant.parse("2026-01-15T10:00:00Z");

		void move(Duration duration) {
			this.now = this.now.plus(duration);
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return this.now;
		}

	}

}
