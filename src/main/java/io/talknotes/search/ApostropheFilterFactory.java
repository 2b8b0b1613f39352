package io.talknotes.search;

import java.io.IOException;
import java.io.Reader;
import java.util.Map;

import org.apache.lucene.analysis.CharFilter;
import org.apache.lucene.analysis.CharFilterFactory;

/**
 * Reads typographic apostrophes, and the accents people type for them, as {@code '}, so
 * that "silo’d" and "silo`d" are the word "silo'd". Each character is replaced by one
 * character, so offsets into the text stay as they are.
 */
public final class ApostropheFilterFactory extends CharFilterFactory {

	public ApostropheFilterFactory(Map<String, String> parameters) {
		super(parameters);
		if (!parameters.isEmpty()) {
			throw new IllegalArgumentException("Unknown parameters: " + parameters);
		}
	}

	@Override
	public Reader create(Reader input) {
		return new ApostropheFilter(input);
	}

	@Override
	public Reader normalize(Reader input) {
		return create(input);
	}

	private static char apostrophe(char character) {
		return switch (character) {
			case '\u2019', '\u2018', '`', '\u00B4' -> '\'';
			default -> character;
		};
	}

	private static final class ApostropheFilter extends CharFilter {

		ApostropheFilter(Reader input) {
			super(input);
		}

		@Override
		protected int correct(int offset) {
			return offset;
		}

		@Override
		public int read(char[] buffer, int offset, int length) throws IOException {
			int read = this.input.read(buffer, offset, length);
			for (int i = offset; i < offset + read; i++) {
				buffer[i] = apostrophe(buffer[i]);
			}
			return read;
		}

	}

}
