package io.talknotes.figure.shorthand;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What a figure counts or measures: a unit from the catalogue, such as {@link #PODS},
 * {@link #QUERIES_PER_SECOND} or "terabytes", or an {@link #unknown(String) unknown} one
 * kept as written, such as "snaps".
 * <p>
 * Known units are matched by their canonical name, singular, short form and synonyms,
 * ignoring case. The built-in catalogue is {@code units/catalogue.txt}; a
 * {@link UnitCatalogue} may add more.
 */
public final class FigureUnit {

	// First, so that the constants below can be taken from it
	private static final List<FigureUnit> BUILT_IN = CatalogueLines.builtIn();

	/** Queries per second, "QPS". A rate: it takes no time period. */
	public static final FigureUnit QUERIES_PER_SECOND = builtIn("queries per second");

	/** Requests per second, "RPS". A rate: it takes no time period. */
	public static final FigureUnit REQUESTS_PER_SECOND = builtIn("requests per second");

	/** Daily active users, "DAU". */
	public static final FigureUnit DAILY_ACTIVE_USERS = builtIn("daily active users");

	/** Monthly active users, "MAU". */
	public static final FigureUnit MONTHLY_ACTIVE_USERS = builtIn("monthly active users");

	/** Users. */
	public static final FigureUnit USERS = builtIn("users");

	/** Kubernetes pods. */
	public static final FigureUnit PODS = builtIn("pods");

	/** Nodes or machines. */
	public static final FigureUnit NODES = builtIn("nodes");

	/** CPU cores. */
	public static final FigureUnit CORES = builtIn("cores");

	/** Containers. */
	public static final FigureUnit CONTAINERS = builtIn("containers");

	/** Services, including microservices. */
	public static final FigureUnit SERVICES = builtIn("services");

	/** Clusters. */
	public static final FigureUnit CLUSTERS = builtIn("clusters");

	/** Posts. */
	public static final FigureUnit POSTS = builtIn("posts");

	/** Votes. */
	public static final FigureUnit VOTES = builtIn("votes");

	/** Downloads. */
	public static final FigureUnit DOWNLOADS = builtIn("downloads");

	/** Contributors. */
	public static final FigureUnit CONTRIBUTORS = builtIn("contributors");

	/** Maintainers. */
	public static final FigureUnit MAINTAINERS = builtIn("maintainers");

	/** Companies. */
	public static final FigureUnit COMPANIES = builtIn("companies");

	/** Chips. */
	public static final FigureUnit CHIPS = builtIn("chips");

	/** Lenses, as in camera filters. */
	public static final FigureUnit LENSES = builtIn("lenses");

	/** Availability in percent: "99.999%", "99.999% uptime" or "5 9s". */
	public static final FigureUnit AVAILABILITY = builtIn("availability");

	/** A plain share in percent, such as "35% of Slack". */
	public static final FigureUnit PERCENT = builtIn("percent");

	private final String name;

	private final String singularName;

	private final String shortForm;

	private final UnitKind kind;

	private final BigDecimal factor;

	private final boolean known;

	private final List<String> synonyms;

	private final FigureUnit perSecond;

	FigureUnit(String name, String singularName, String shortForm, UnitKind kind, BigDecimal factor, boolean known,
			List<String> synonyms, FigureUnit perSecond) {
		this.name = name;
		this.singularName = singularName;
		this.shortForm = shortForm;
		this.kind = kind;
		this.factor = factor;
		this.known = known;
		this.synonyms = Stream.concat(Stream.of(name, singularName, shortForm), synonyms.stream()).distinct().toList();
		this.perSecond = perSecond;
	}

	private static FigureUnit builtIn(String name) {
		return BUILT_IN.stream()
			.filter((unit) -> unit.name.equals(name))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("The built-in unit catalogue lacks " + name));
	}

	/**
	 * Returns a unit that is not in the catalogue, keeping the words as written.
	 * @param asWritten the words naming the unit, e.g. {@code "snaps"}
	 * @return an unknown unit; {@link #isKnown()} is {@code false}
	 */
	public static FigureUnit unknown(String asWritten) {
		String words = Objects.requireNonNull(asWritten, "asWritten").strip();
		if (words.isEmpty()) {
			throw new IllegalArgumentException("An unknown unit still needs its words");
		}
		return new FigureUnit(words, words, words, UnitKind.COUNT, BigDecimal.ONE, false, List.of(), null);
	}

	/**
	 * Returns every unit of the built-in catalogue.
	 * @return the catalogue, in a stable order
	 */
	public static List<FigureUnit> catalogue() {
		return BUILT_IN;
	}

	/**
	 * Finds the built-in unit named exactly by {@code words}, ignoring case.
	 * @param words a canonical name, singular, short form or synonym, e.g. {@code "qps"}
	 * @return the unit, or empty if the catalogue has none by that name
	 */
	public static Optional<FigureUnit> lookup(String words) {
		return UnitCatalogue.builtIn().lookup(words);
	}

	/** The canonical name, e.g. "queries per second"; for an unknown unit, as written. */
	public String name() {
		return this.name;
	}

	/** The name used for a value of exactly one, e.g. "query per second". */
	public String singularName() {
		return this.singularName;
	}

	/** The name used in short forms: "QPS", "TB", or "pods" where there is none. */
	public String shortForm() {
		return this.shortForm;
	}

	/** Every name this unit is recognised by, such as "microservices" for services. */
	public List<String> synonyms() {
		return this.synonyms;
	}

	/** What kind of quantity this unit measures. */
	public UnitKind kind() {
		return this.kind;
	}

	/**
	 * Returns how many of its kind's base unit one of this unit is: 10^12 for terabytes
	 * (bytes), 0.001 for milliseconds (seconds), 1 for counts and unknown units.
	 */
	public BigDecimal factor() {
		return this.factor;
	}

	/**
	 * Whether this unit is in the catalogue. Unknown units are kept, never dropped, so
	 * that a figure like "4k keyspaces" keeps its meaning.
	 */
	public boolean isKnown() {
		return this.known;
	}

	/** The rate this count per second is (RPS for requests), or {@code null}. */
	FigureUnit perSecond() {
		return this.perSecond;
	}

	@Override
	public boolean equals(Object other) {
		return this == other
				|| (other instanceof FigureUnit unit && this.known == unit.known && this.name.equals(unit.name));
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
