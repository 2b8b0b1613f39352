package io.talknotes.figure.shorthand;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits the words after a number. A slash starts a token of its own so that
 * "nodes/cluster" reads as "nodes" followed by the period "/cluster".
 */
final class Tokens {

	private Tokens() {
	}

	static List<String> split(String words) {
		List<String> tokens = new ArrayList<>();
		for (String chunk : words.strip().split("\\s+")) {
			int start = 0;
			for (int slash = chunk.indexOf('/', 1); slash > 0; slash = chunk.indexOf('/', slash + 1)) {
				tokens.add(chunk.substring(start, slash));
				start = slash;
			}
			if (!chunk.isEmpty()) {
				tokens.add(chunk.substring(start));
			}
		}
		return tokens;
	}

	static List<String> lower(List<String> tokens) {
		return tokens.stream().map(Tokens::lower).toList();
	}

	static String lower(String token) {
		return token.toLowerCase(Locale.ROOT);
	}

	static String join(List<String> tokens) {
		return String.join(" ", tokens);
	}

}
