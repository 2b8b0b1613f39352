package io.talknotes.figure;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.talknotes.system.NamedLink;

/**
 * Writes figures as CSV (RFC 4180): a header row, then one row per figure with the value
 * as a plain number so that spreadsheets can sort and chart it.
 */
final class FigureCsv {

	/** The messages that name the columns of the header row, in order. */
	static final List<String> COLUMN_KEYS = List.of("figures.csv.figure", "figures.csv.value", "figures.csv.unit",
			"figures.csv.qualifier", "figures.csv.period", "figures.csv.company", "figures.csv.project",
			"figures.csv.context", "figures.csv.talk", "figures.csv.conference");

	private static final String LINE_END = "\r\n";

	private FigureCsv() {
	}

	/**
	 * The figures as CSV.
	 * @param columns the names of the columns, as {@link #COLUMN_KEYS} name them
	 * @param figures the figures, one per row
	 */
	static String of(List<String> columns, List<FigureView> figures) {
		StringBuilder csv = new StringBuilder(columns.stream().map(FigureCsv::text).collect(Collectors.joining(",")))
			.append(LINE_END);
		figures.forEach((figure) -> csv.append(row(figure)).append(LINE_END));
		return csv.toString();
	}

	private static String row(FigureView view) {
		FigurePreview figure = FigurePreview.of(view.figure());
		return Stream
			.of(text(view.textAsWritten()), view.figure().value().toPlainString(), text(figure.unit()),
					figure.qualifier(), figure.period(), name(view.company()), name(view.project()),
					text(view.subject()), text(view.talk().name()), text(view.conference().name()))
			.collect(Collectors.joining(","));
	}

	private static String name(NamedLink link) {
		return (link != null) ? text(link.name()) : "";
	}

	/**
	 * Quotes a cell when it holds a comma, quote or line break, and defuses text that a
	 * spreadsheet would run as a formula.
	 */
	static String text(String value) {
		if (value == null || value.isEmpty()) {
			return "";
		}
		String cell = "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
		boolean quote = cell.chars().anyMatch((c) -> c == ',' || c == '"' || c == '\n' || c == '\r');
		return quote ? '"' + cell.replace("\"", "\"\"") + '"' : cell;
	}

}
