package io.talknotes.figure;

import java.util.Comparator;
import java.util.Locale;
import java.util.function.Function;

import io.talknotes.system.NamedLink;

import org.springframework.util.StringUtils;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What the figures page is narrowed to and sorted by, as sent in its query parameters.
 * Every part is optional; blank or unknown values fall back to the default: no filter,
 * sorted by unit and then largest value first.
 *
 * @param unit a unit's canonical name, e.g. "pods"
 * @param company slug of the company the figures are about
 * @param project slug of the project the figures are about
 * @param conference slug of the conference whose talks quoted them
 * @param sort {@code company}, {@code project}, {@code unit} or {@code value}
 * @param dir {@code asc} or {@code desc}
 */
public record FigureQuery(String unit, String company, String project, String conference, String sort, String dir) {

	/** Every figure, in the default order. */
	public static final FigureQuery ALL = new FigureQuery(null, null, null, null, null, null);

	private static final Comparator<FigureView> BY_UNIT = Comparator.comparing(FigureView::unit,
			String.CASE_INSENSITIVE_ORDER);

	private static final Comparator<FigureView> BY_VALUE = Comparator.comparing((view) -> view.figure().value());

	public FigureQuery {
		unit = clean(unit);
		company = clean(company);
		project = clean(project);
		conference = clean(conference);
		sort = Column.from(sort).parameter();
		dir = "desc".equalsIgnoreCase(clean(dir)) ? "desc" : "asc";
	}

	/** Only the figures in one unit, in the default order. */
	public static FigureQuery forUnit(String unit) {
		return new FigureQuery(unit, null, null, null, null, null);
	}

	/** Whether any filter narrows the figures. */
	public boolean isFiltered() {
		return this.unit != null || this.company != null || this.project != null || this.conference != null;
	}

	/** Whether the order is not the default one. */
	public boolean isSorted() {
		return Column.from(this.sort) != Column.UNIT || isDescending();
	}

	/**
	 * The order of the table: by the chosen column, then by unit and largest value first.
	 * Figures without a company or project come last either way.
	 */
	Comparator<FigureView> order() {
		Comparator<FigureView> primary = switch (Column.from(this.sort)) {
			case COMPANY -> byName(FigureView::company);
			case PROJECT -> byName(FigureView::project);
			case UNIT -> directed(BY_UNIT);
			case VALUE -> directed(BY_VALUE);
		};
		return primary.thenComparing(BY_UNIT).thenComparing(BY_VALUE.reversed()).thenComparing(FigureView::id);
	}

	/**
	 * The address of the page sorted by a column: the other way round when it is sorted
	 * by that column already, otherwise names A to Z and values largest first.
	 * @param column {@code company}, {@code project}, {@code unit} or {@code value}
	 */
	public String sortHref(String column) {
		Column wanted = Column.from(column);
		String direction;
		if (wanted == Column.from(this.sort)) {
			direction = isDescending() ? "asc" : "desc";
		}
		else {
			direction = (wanted == Column.VALUE) ? "desc" : "asc";
		}
		return href("/figures", wanted.parameter(), direction);
	}

	/**
	 * How the table is sorted by a column, for {@code aria-sort}.
	 * @return {@code ascending} or {@code descending}, or {@code null} when the table is
	 * not sorted by that column
	 */
	public String ariaSort(String column) {
		if (Column.from(column) != Column.from(this.sort)) {
			return null;
		}
		return isDescending() ? "descending" : "ascending";
	}

	/** The address of the CSV download of the figures on the page. */
	public String csvHref() {
		return href("/figures.csv", this.sort, this.dir);
	}

	private boolean isDescending() {
		return "desc".equals(this.dir);
	}

	private Comparator<FigureView> directed(Comparator<FigureView> ascending) {
		return isDescending() ? ascending.reversed() : ascending;
	}

	private Comparator<FigureView> byName(Function<FigureView, NamedLink> who) {
		Comparator<String> names = isDescending() ? String.CASE_INSENSITIVE_ORDER.reversed()
				: String.CASE_INSENSITIVE_ORDER;
		return Comparator.comparing((view) -> (who.apply(view) != null) ? who.apply(view).name() : null,
				Comparator.nullsLast(names));
	}

	private String href(String path, String sortBy, String direction) {
		UriComponentsBuilder uri = UriComponentsBuilder.fromPath(path);
		addIfPresent(uri, "unit", this.unit);
		addIfPresent(uri, "company", this.company);
		addIfPresent(uri, "project", this.project);
		addIfPresent(uri, "conference", this.conference);
		boolean defaultOrder = Column.from(sortBy) == Column.UNIT && "asc".equals(direction);
		if (!defaultOrder) {
			uri.queryParam("sort", sortBy).queryParam("dir", direction);
		}
		return uri.encode().build().toUriString();
	}

	private static void addIfPresent(UriComponentsBuilder uri, String name, String value) {
		if (value != null) {
			uri.queryParam(name, value);
		}
	}

	private static String clean(String value) {
		return StringUtils.hasText(value) ? value.strip() : null;
	}

	/**
	 * The columns the table can be sorted by.
	 */
	enum Column {

		COMPANY, PROJECT, UNIT, VALUE;

		String parameter() {
			return name().toLowerCase(Locale.ROOT);
		}

		static Column from(String parameter) {
			for (Column column : values()) {
				if (column.parameter().equalsIgnoreCase(String.valueOf(parameter).strip())) {
					return column;
				}
			}
			return UNIT;
		}

	}

}
