package io.talknotes.search;

import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/**
 * Writes each passage as HTML, the matching words in {@code <mark>}; overlapping matches
 * are marked once. The text is escaped as Lucene's {@code SimpleHTMLEncoder} escapes it,
 * straight into the passage's HTML rather than a string a piece.
 */
final class MarkedPassages extends PassageFormatter {

	@Override
	public List<String> format(Passage[] passages, String content) {
		List<String> formatted = new ArrayList<>(passages.length);
		for (Passage passage : passages) {
			formatted.add(format(passage, content));
		}
		return formatted;
	}

	private static String format(Passage passage, String content) {
		StringBuilder html = new StringBuilder(passage.getLength() + 16 * passage.getNumMatches());
		int position = passage.getStartOffset();
		for (int i = 0; i < passage.getNumMatches(); i++) {
			int start = Math.max(passage.getMatchStarts()[i], position);
			int end = passage.getMatchEnds()[i];
			while (i + 1 < passage.getNumMatches() && passage.getMatchStarts()[i + 1] <= end) {
				end = Math.max(end, passage.getMatchEnds()[++i]);
			}
			if (end <= start) {
				continue;
			}
			escape(content, position, start, html);
			html.append("<mark>");
			escape(content, start, end, html);
			html.append("</mark>");
			position = end;
		}
		escape(content, position, passage.getEndOffset(), html);
		return html.toString();
	}

	/**
	 * Appends part of a text, escaped for HTML.
	 * @param text the text
	 * @param from where the part starts
	 * @param to where it ends, exclusive
	 * @param html what it is appended to
	 */
	static void escape(String text, int from, int to, StringBuilder html) {
		int plain = from;
		for (int i = from; i < to; i++) {
			String escaped = switch (text.charAt(i)) {
				case '"' -> "&quot;";
				case '&' -> "&amp;";
				case '<' -> "&lt;";
				case '>' -> "&gt;";
				case '\'' -> "&#x27;";
				case '/' -> "&#x2F;";
				default -> null;
			};
			if (escaped != null) {
				html.append(text, plain, i).append(escaped);
				plain = i + 1;
			}
		}
		html.append(text, plain, to);
	}

}
