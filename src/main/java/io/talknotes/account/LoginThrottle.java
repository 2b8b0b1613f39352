package io.talknotes.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * Slows down guessing passwords: after {@value #FREE_FAILURES} failed logins for one
 * username or from one address, further attempts are refused for a time that doubles with
 * every failure. Usernames are counted whether or not they exist, so the throttle tells
 * nothing about which accounts there are. Kept in memory: a restart forgets it.
 */
@Component
class LoginThrottle {

	static final int FREE_FAILURES = 5;

	private static final Duration LONGEST_WAIT = Duration.ofHours(1);

	/** A counter is forgotten this long after its last refusal ended. */
	private static final Duration FORGET_AFTER = Duration.ofHours(1);

	private static final int MAX_COUNTERS = 10_000;

	private final Map<String, Failures> failures = new ConcurrentHashMap<>();

	private final Clock clock;

	LoginThrottle(Clock clock) {
		this.clock = clock;
	}

	/**
	 * How long logging in as this username from this address is still refused; zero when
	 * it may be tried now.
	 */
	Duration waitFor(String username, String address) {
		Instant now = this.clock.instant();
		Duration byName = remaining(userKey(username), now);
		Duration byAddress = remaining(addressKey(address), now);
		return (byName.compareTo(byAddress) >= 0) ? byName : byAddress;
	}

	void failed(String username, String address) {
		Instant now = this.clock.instant();
		if (this.failures.size() > MAX_COUNTERS) {
			this.failures.values().removeIf((counter) -> counter.forgotten(now));
		}
		this.failures.compute(userKey(username), (key, counter) -> Failures.after(counter, now));
		this.failures.compute(addressKey(address), (key, counter) -> Failures.after(counter, now));
	}

	void succeeded(String username) {
		this.failures.remove(userKey(username));
	}

	private Duration remaining(String key, Instant now) {
		Failures counter = this.failures.get(key);
		if (counter == null || !now.isBefore(counter.refusedUntil())) {
			return Duration.ZERO;
		}
		return Duration.between(now, counter.refusedUntil());
	}

	private static String userKey(String username) {
		return "user:" + ((username != null) ? username.strip().toLowerCase(Locale.ROOT) : "");
	}

	private static String addressKey(String address) {
		return "address:" + address;
	}

	private record Failures(int count, Instant refusedUntil) {

		static Failures after(Failures previous, Instant now) {
			int count = ((previous == null || previous.forgotten(now)) ? 0 : previous.count()) + 1;
			if (count < FREE_FAILURES) {
				return new Failures(count, now);
			}
			// 5 failures: 8 s, then 16 s, 32 s, ... up to an hour
			long seconds = 1L << Math.min(count - 2, 12);
			Duration wait = Duration.ofSeconds(seconds);
			return new Failures(count, now.plus((wait.compareTo(LONGEST_WAIT) < 0) ? wait : LONGEST_WAIT));
		}

		boolean forgotten(Instant now) {
			return now.isAfter(this.refusedUntil.plus(FORGET_AFTER));
		}

	}

}
