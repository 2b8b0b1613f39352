package io.talknotes.figure.shorthand;

import java.util.ArrayList;
import java.util.List;

/**
 * The words around a unit with the period taken out: "votes per month" leaves "votes" and
 * {@link Period#PER_MONTH}.
 */
record PeriodScan(Period period, String written, List<String> words) {

	static PeriodScan of(String text, List<String> tokens) {
		Period period = Period.NONE;
		String written = null;
		List<String> words = new ArrayList<>();
		for (int i = 0; i < tokens.size(); i++) {
			int length = periodLength(text, tokens, i);
			if (length == 0) {
				words.add(tokens.get(i));
				continue;
			}
			String phrase = Tokens.join(tokens.subList(i, i + length));
			if (written != null) {
				throw Problems.twoPeriods(text, written, phrase);
			}
			period = Period.fromPhrase(phrase).orElseThrow();
			written = phrase;
			i += length - 1;
		}
		return new PeriodScan(period, written, List.copyOf(words));
	}

	/**
	 * Returns how many tokens from {@code i} spell a period, or 0. A slash or "per"
	 * always announces a period, so an unknown one is an error rather than part of the
	 * unit.
	 */
	private static int periodLength(String text, List<String> tokens, int i) {
		String token = Tokens.lower(tokens.get(i));
		if (token.startsWith("/")) {
			if (Period.fromPhrase(token).isEmpty()) {
				throw Problems.unknownPeriod(text, tokens.get(i));
			}
			return 1;
		}
		if ((token.equals("per") || token.equals("a") || token.equals("an")) && i + 1 < tokens.size()) {
			String phrase = Tokens.join(tokens.subList(i, i + 2));
			if (Period.fromPhrase(phrase).isPresent()) {
				return 2;
			}
			if (token.equals("per")) {
				throw Problems.unknownPeriod(text, phrase);
			}
		}
		return Period.fromPhrase(token).isPresent() ? 1 : 0;
	}

	/**
	 * Returns the one period written either before or after the unit.
	 */
	static Period either(String text, PeriodScan before, PeriodScan after) {
		if (before.written != null && after.written != null) {
			throw Problems.twoPeriods(text, before.written, after.written);
		}
		return (before.written != null) ? before.period : after.period;
	}

}
