package io.talknotes.figure.shorthand;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What a figure is counted per: "3.5B snaps/day" is {@link #PER_DAY}, "2300
 * nodes/cluster" is {@link #PER_CLUSTER}.
 * <p>
 * Rate units such as QPS already carry their time base, so "35M QPS" has period
 * {@link #NONE} rather than an implied {@link #PER_SECOND}; this keeps the formatter from
 * writing "QPS/s".
 */
public enum Period {

	/** Not counted per anything. */
	NONE("", "", List.of(), null),

	/** Per second: "/s", "/sec", "per second", "a second". */
	PER_SECOND("/s", "per second", List.of("/sec", "/second", "per sec", "a second"), 1),

	/** Per minute: "/min", "per minute", "a minute". */
	PER_MINUTE("/min", "per minute", List.of("/minute", "per min", "a minute"), 60),

	/** Per hour: "/h", "/hr", "per hour", "an hour", "hourly". */
	PER_HOUR("/h", "per hour", List.of("/hr", "/hour", "per hr", "an hour", "hourly"), 3600),

	/** Per day: "/day", "per day", "a day", "daily". */
	PER_DAY("/day", "per day", List.of("/d", "a day", "daily"), 86_400),

	/** Per week: "/week", "/wk", "per week", "a week", "weekly". */
	PER_WEEK("/week", "per week", List.of("/wk", "a week", "weekly"), 604_800),

	/**
	 * Per month: "/month", "per month", "a month", "monthly". A month is a twelfth of the
	 * average Gregorian year.
	 */
	PER_MONTH("/month", "per month", List.of("/mo", "a month", "monthly"), 2_629_746),

	/**
	 * Per year: "/year", "per year", "a year", "yearly", "annually". A year is the
	 * average Gregorian year of 365.2425 days.
	 */
	PER_YEAR("/year", "per year", List.of("/yr", "a year", "yearly", "annually"), 31_556_952),

	/** Per cluster: "/cluster", "per cluster", or "5000 node clusters". */
	PER_CLUSTER("/cluster", "per cluster", List.of(), null);

	private final String shortForm;

	private final String longForm;

	private final List<String> aliases;

	private final BigDecimal seconds;

	Period(String shortForm, String longForm, List<String> aliases, Integer seconds) {
		this.shortForm = shortForm;
		this.longForm = longForm;
		this.aliases = aliases;
		this.seconds = (seconds != null) ? BigDecimal.valueOf(seconds) : null;
	}

	/**
	 * Returns the form appended to the unit in a short form, e.g. {@code "/day"}.
	 * @return the short form, empty for {@link #NONE}
	 */
	public String shortForm() {
		return this.shortForm;
	}

	/**
	 * Returns the words used in a full form, e.g. {@code "per day"}.
	 * @return the long form, empty for {@link #NONE}
	 */
	public String longForm() {
		return this.longForm;
	}

	/**
	 * Whether this period is a span of time, as opposed to none or per cluster.
	 * @return {@code true} for seconds, minutes, hours, days, weeks, months and years
	 */
	public boolean isTime() {
		return this.seconds != null;
	}

	/**
	 * Returns how many seconds this period lasts, so that figures per day and per month
	 * compare.
	 * @return the seconds, or {@code null} for {@link #NONE} and {@link #PER_CLUSTER}
	 */
	public BigDecimal seconds() {
		return this.seconds;
	}

	/**
	 * Finds the period written as {@code phrase}, ignoring case.
	 * @param phrase one token such as {@code "/day"} or {@code "daily"}, or two such as
	 * {@code "per day"}
	 * @return the period, or empty if the phrase names none
	 */
	public static Optional<Period> fromPhrase(String phrase) {
		String wanted = phrase.toLowerCase(Locale.ROOT);
		for (Period period : values()) {
			if (period != NONE && (period.shortForm.equals(wanted) || period.longForm.equals(wanted)
					|| period.aliases.contains(wanted))) {
				return Optional.of(period);
			}
		}
		return Optional.empty();
	}

}
