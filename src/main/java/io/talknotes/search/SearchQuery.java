package io.talknotes.search;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a person typed in the search box, made safe for the engine: words, "quoted
 * phrases", prefix*, -exclusion and OR (or |). Never fails: what cannot be used is
 * dropped and said in a notice.
 *
 * @param text the query for the engine, empty when there is nothing to search for
 * @param asTyped what the person typed, trimmed, for showing back
 * @param notices what was changed and why
 */
public record SearchQuery(String text, String asTyped, List<SearchNotice> notices) {

	/** Longest query used; the rest is dropped. */
	public static final int MAX_LENGTH = 200;

	private static final Pattern TOKEN = Pattern.compile("\"[^\"]*\"|\\S+");

	private static final Pattern HAS_WORD = Pattern.compile("[\\p{L}\\p{N}]");

	/** Reads what was typed. */
	public static SearchQuery parse(String typed) {
		String trimmed = (typed != null) ? typed.strip().replaceAll("\\s+", " ") : "";
		List<SearchNotice> notices = new ArrayList<>();
		String text = trimmed;
		if (text.length() > MAX_LENGTH) {
			text = text.substring(0, MAX_LENGTH);
			notices.add(SearchNotice.SHORTENED);
		}
		if (text.chars().filter((c) -> c == '"').count() % 2 == 1) {
			int last = text.lastIndexOf('"');
			text = text.substring(0, last) + text.substring(last + 1);
			notices.add(SearchNotice.UNCLOSED_QUOTE);
		}
		text = operators(text);
		if (!HAS_WORD.matcher(text).find()) {
			text = "";
		}
		return new SearchQuery(text, trimmed, List.copyOf(notices));
	}

	/** The same query with one more notice. */
	SearchQuery withNotice(SearchNotice notice) {
		List<SearchNotice> all = new ArrayList<>(this.notices);
		all.add(notice);
		return new SearchQuery(this.text, this.asTyped, List.copyOf(all));
	}

	/** Whether there is anything to search for. */
	public boolean isEmpty() {
		return this.text.isEmpty();
	}

	/**
	 * The same query, tolerant of typos: each plain word matches words one or two edits
	 * away.
	 */
	public String fuzzy() {
		StringBuilder fuzzy = new StringBuilder();
		Matcher tokens = TOKEN.matcher(this.text);
		while (tokens.find()) {
			String token = tokens.group();
			boolean plain = token.matches("[\\p{L}\\p{N}][\\p{L}\\p{N}'.]*");
			int distance = (token.length() >= 6) ? 2 : 1;
			fuzzy.append((plain && token.length() >= 3) ? token + "~" + distance : token).append(' ');
		}
		return fuzzy.toString().strip();
	}

	/** The plain words of the query, for suggesting a spelling. */
	public List<String> words() {
		List<String> words = new ArrayList<>();
		Matcher tokens = TOKEN.matcher(this.text);
		while (tokens.find()) {
			String token = tokens.group();
			if (token.matches("[\\p{L}\\p{N}][\\p{L}\\p{N}'.]*")) {
				words.add(token);
			}
		}
		return words;
	}

	/**
	 * Turns the words people use for operators into the engine's: OR into |, AND into +,
	 * NOT x into -x; and lowers the case so that prefixes match the lowered index.
	 */
	private static String operators(String text) {
		List<String> out = new ArrayList<>();
		Matcher tokens = TOKEN.matcher(text);
		boolean negateNext = false;
		while (tokens.find()) {
			String token = tokens.group();
			switch (token) {
				case "OR" -> out.add("|");
				case "AND" -> out.add("+");
				case "NOT" -> negateNext = true;
				default -> {
					out.add((negateNext ? "-" : "") + token.toLowerCase(java.util.Locale.ROOT));
					negateNext = false;
				}
			}
		}
		return String.join(" ", out);
	}

}
