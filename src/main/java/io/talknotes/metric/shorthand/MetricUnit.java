package io.talknotes.metric.shorthand;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What a figure counts: a unit from the catalogue, such as {@link #PODS} or
 * {@link #QUERIES_PER_SECOND}, or an {@link #unknown(String) unknown} one kept as
 * written, such as "snaps".
 * <p>
 * Known units are matched by their canonical name, singular, short form and synonyms,
 * ignoring case.
 */
public final class MetricUnit {

	/** Queries per second, "QPS". A rate: it takes no time period. */
	public static final MetricUnit QUERIES_PER_SECOND = rate("queries per second", "query per second", "QPS",
			"queries/s", "queries/sec", "queries/second");

	/** Requests per second, "RPS". A rate: it takes no time period. */
	public static final MetricUnit REQUESTS_PER_SECOND = rate("requests per second", "request per second", "RPS",
			"requests/s", "requests/sec", "req/s");

	/** Daily active users, "DAU". */
	public static final MetricUnit DAILY_ACTIVE_USERS = abbreviated("daily active users", "daily active user", "DAU",
			"DAUs");

	/** Monthly active users, "MAU". */
	public static final MetricUnit MONTHLY_ACTIVE_USERS = abbreviated("monthly active users", "monthly active user",
			"MAU", "MAUs");

	/** Users. */
	public static final MetricUnit USERS = count("users", "user");

	/** Kubernetes pods. */
	public static final MetricUnit PODS = count("pods", "pod");

	/** Nodes or machines. */
	public static final MetricUnit NODES = count("nodes", "node");

	/** CPU cores. */
	public static final MetricUnit CORES = count("cores", "core", "CPU cores", "CPU core");

	/** Containers. */
	public static final MetricUnit CONTAINERS = count("containers", "container");

	/** Services, including microservices. */
	public static final MetricUnit SERVICES = count("services", "service", "microservices", "microservice");

	/** Clusters. */
	public static final MetricUnit CLUSTERS = count("clusters", "cluster");

	/** Posts. */
	public static final MetricUnit POSTS = count("posts", "post");

	/** Votes. */
	public static final MetricUnit VOTES = count("votes", "vote");

	/** Downloads. */
	public static final MetricUnit DOWNLOADS = count("downloads", "download");

	/** Contributors. */
	public static final MetricUnit CONTRIBUTORS = count("contributors", "contributor");

	/** Maintainers. */
	public static final MetricUnit MAINTAINERS = count("maintainers", "maintainer");

	/** Companies. */
	public static final MetricUnit COMPANIES = count("companies", "company");

	/** Chips. */
	public static final MetricUnit CHIPS = count("chips", "chip");

	/** Lenses, as in camera filters. */
	public static final MetricUnit LENSES = count("lenses", "lens");

	/** Availability in percent: "99.999%", "99.999% uptime" or "5 9s". */
	public static final MetricUnit AVAILABILITY = new MetricUnit("availability", "availability", "availability",
			UnitKind.PERCENTAGE, true, List.of("uptime"));

	/** A plain share in percent, such as "35% of Slack". */
	public static final MetricUnit PERCENT = new MetricUnit("percent", "percent", "%", UnitKind.PERCENTAGE, true,
			List.of("pct"));

	private static final List<MetricUnit> CATALOGUE = List.of(QUERIES_PER_SECOND, REQUESTS_PER_SECOND,
			DAILY_ACTIVE_USERS, MONTHLY_ACTIVE_USERS, USERS, PODS, NODES, CORES, CONTAINERS, SERVICES, CLUSTERS, POSTS,
			VOTES, DOWNLOADS, CONTRIBUTORS, MAINTAINERS, COMPANIES, CHIPS, LENSES, AVAILABILITY, PERCENT);

	private final String name;

	private final String singularName;

	private final String shortForm;

	private final UnitKind kind;

	private final boolean known;

	private final List<String> synonyms;

	private MetricUnit(String name, String singularName, String shortForm, UnitKind kind, boolean known,
			List<String> synonyms) {
		this.name = name;
		this.singularName = singularName;
		this.shortForm = shortForm;
		this.kind = kind;
		this.known = known;
		this.synonyms = Stream.concat(Stream.of(name, singularName, shortForm), synonyms.stream()).distinct().toList();
	}

	private static MetricUnit rate(String name, String singularName, String shortForm, String... synonyms) {
		return new MetricUnit(name, singularName, shortForm, UnitKind.RATE, true, List.of(synonyms));
	}

	private static MetricUnit count(String name, String singularName, String... synonyms) {
		return new MetricUnit(name, singularName, name, UnitKind.COUNT, true, List.of(synonyms));
	}

	private static MetricUnit abbreviated(String name, String singularName, String shortForm, String synonym) {
		return new MetricUnit(name, singularName, shortForm, UnitKind.COUNT, true, List.of(synonym));
	}

	/**
	 * Returns a unit that is not in the catalogue, keeping the words as written.
	 * @param asWritten the words naming the unit, e.g. {@code "snaps"}
	 * @return an unknown unit; {@link #isKnown()} is {@code false}
	 */
	public static MetricUnit unknown(String asWritten) {
		String words = Objects.requireNonNull(asWritten, "asWritten").strip();
		if (words.isEmpty()) {
			throw new IllegalArgumentException("An unknown unit still needs its words");
		}
		return new MetricUnit(words, words, words, UnitKind.COUNT, false, List.of());
	}

	/**
	 * Returns every known unit.
	 * @return the catalogue, in a stable order
	 */
	public static List<MetricUnit> catalogue() {
		return CATALOGUE;
	}

	/**
	 * Finds the known unit named exactly by {@code words}, ignoring case.
	 * @param words a canonical name, singular, short form or synonym, e.g. {@code "qps"}
	 * @return the unit, or empty if the catalogue has none by that name
	 */
	public static Optional<MetricUnit> lookup(String words) {
		return UnitMatcher.lookup(words);
	}

	/**
	 * Returns the canonical name, plural where that applies, e.g. "queries per second";
	 * for an unknown unit, the words as written.
	 */
	public String name() {
		return this.name;
	}

	/**
	 * Returns the name used for a value of exactly one, e.g. "query per second".
	 */
	public String singularName() {
		return this.singularName;
	}

	/**
	 * Returns the name used in short forms: "QPS", or "pods" where there is no
	 * abbreviation.
	 */
	public String shortForm() {
		return this.shortForm;
	}

	/**
	 * Returns every name this unit is recognised by: canonical name, singular, short form
	 * and synonyms such as "microservices" for services.
	 */
	public List<String> synonyms() {
		return this.synonyms;
	}

	/**
	 * Returns what kind of quantity this unit measures.
	 */
	public UnitKind kind() {
		return this.kind;
	}

	/**
	 * Whether this unit is in the catalogue. Unknown units are kept, never dropped, so
	 * that a figure like "4k keyspaces" keeps its meaning.
	 */
	public boolean isKnown() {
		return this.known;
	}

	@Override
	public boolean equals(Object other) {
		return this == other
				|| (other instanceof MetricUnit unit && this.known == unit.known && this.name.equals(unit.name));
	}

	@Override
	public int hashCode() {
		return Objects.hash(this.name, this.known);
	}

	@Override
	public String toString() {
		return this.known ? this.name : this.name + " (unknown)";
	}

}
