package io.talknotes.search;

import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A note's Markdown as the words it shows, for the passages of a results page: list
 * bullets, heading and quote marks, emphasis, code marks, link targets and table rules
 * are left out, line by line, so that a passage reads "Vitess (graduated)" and not "-
 * Vitess (graduated)". Nothing is rendered: the text is still HTML-escaped when the
 * passage is written, so markup typed into a note stays text.
 */
final class PlainText {

	private static final Pattern BLOCK_MARKS = Pattern
		.compile("^\\s*(?:>\\s?)*\\s*(?:#{1,6}\\s+|(?:[-*+]|\\d{1,9}[.)])\\s+(?:\\[[ xX]]\\s+)?)?");

	private static final Pattern CLOSING_HASHES = Pattern.compile("\\s+#+\\s*$");

	private static final Pattern RULE_OR_FENCE = Pattern
		.compile("^\\s*(?:(?:[-*_]\\s*){3,}|`{3,}.*|~{3,}.*|\\|?\\s*:?-+:?\\s*(?:\\|\\s*:?-+:?\\s*)*\\|?)$");

	private static final Pattern TABLE_CELLS = Pattern.compile("\\s*\\|\\s*");

	private static final Pattern IMAGE_OR_LINK = Pattern.compile("!?\\[([^\\]]*)]\\([^)\\s]*(?:\\s+\"[^\"]*\")?\\)");

	private static final Pattern AUTOLINK = Pattern.compile("<((?:https?|mailto):[^>\\s]+)>");

	private static final Pattern CODE = Pattern.compile("`+([^`]+?)`+");

	private static final Pattern STRONG = Pattern.compile("(?<!\\\\)(\\*\\*|__|~~)(?=\\S)(.+?)(?<=[^\\s\\\\])\\1");

	private static final Pattern EMPHASIS = Pattern
		.compile("(?<![\\w*\\\\])([*_])(?=\\S)(.+?)(?<=[^\\s\\\\])\\1(?![\\w*])");

	private static final Pattern ESCAPE = Pattern.compile("\\\\([\\\\`*_{}\\[\\]()#+\\-.!>|~<])");

	private PlainText() {
	}

	/** The words of a Markdown text, one line of it per line. */
	static String of(String markdown) {
		return markdown.lines().map(PlainText::line).collect(Collectors.joining("\n"));
	}

	private static String line(String line) {
		if (RULE_OR_FENCE.matcher(line).matches()) {
			return "";
		}
		String text = BLOCK_MARKS.matcher(line).replaceFirst("");
		text = CLOSING_HASHES.matcher(text).replaceFirst("");
		if (text.startsWith("|")) {
			text = TABLE_CELLS.matcher(text.substring(1)).replaceAll(" · ");
			text = (text.endsWith(" · ") ? text.substring(0, text.length() - 3) : text).strip();
		}
		text = IMAGE_OR_LINK.matcher(text).replaceAll("$1");
		text = AUTOLINK.matcher(text).replaceAll("$1");
		text = CODE.matcher(text).replaceAll("$1");
		text = STRONG.matcher(text).replaceAll("$2");
		text = EMPHASIS.matcher(text).replaceAll("$2");
		return ESCAPE.matcher(text).replaceAll("$1");
	}

}
