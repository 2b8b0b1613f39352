package io.talknotes.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.helger.css.decl.CascadingStyleSheet;
import com.helger.css.reader.CSSReader;
import com.helger.css.reader.CSSReaderSettings;
import com.helger.css.reader.errorhandler.CollectingCSSParseErrorHandler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every stylesheet the app serves reads as CSS to the end. A block left open does not
 * break a browser's reading: every rule after it silently becomes part of it, so that
 * rules meant for every screen apply only to wide ones, or only to print.
 */
class StylesheetsTests {

	private static final Pattern COMMENT_OR_STRING = Pattern
		.compile("(?s)/\\*.*?\\*/|\"(?:\\\\.|[^\"\\\\])*\"|'(?:\\\\.|[^'\\\\])*'");

	private static final Path STATIC = Path.of("src", "main", "resources", "static");

	static Stream<Path> stylesheets() throws IOException {
		try (Stream<Path> files = Files.walk(STATIC)) {
			List<Path> css = files.filter((file) -> file.toString().endsWith(".css")).sorted().toList();
			assertThat(css).as("stylesheets under %s", STATIC).isNotEmpty();
			return css.stream();
		}
	}

	@ParameterizedTest
	@MethodSource("stylesheets")
	void everyStylesheetParsesWithoutErrorsAndClosesEveryBlock(Path file) throws IOException {
		String css = Files.readString(file, StandardCharsets.UTF_8);

		assertThat(problems(css)).as("problems in %s", file).isEmpty();
	}

	@Test
	void aBlockLeftOpenIsFound() {
		String css = "@media (min-width: 60rem) {\n\t.search-layout { display: grid; }\n\n"
				+ ".chart { background: white; }\n";

		assertThat(problems(css)).isNotEmpty();
	}

	@Test
	void aBlockClosedOnceTooOftenIsFound() {
		String css = ".search-layout { display: grid; }\n}\n.chart { background: white; }\n";

		assertThat(problems(css)).isNotEmpty();
	}

	@Test
	void aDeclarationThatIsNotCssIsFound() {
		assertThat(problems(".chart { background white; }")).isNotEmpty();
	}

	/**
	 * What is wrong with a stylesheet: what the parser could not read, and any brace
	 * outside comments and strings that closes nothing or is never closed.
	 */
	static List<String> problems(String css) {
		List<String> problems = new ArrayList<>();
		CollectingCSSParseErrorHandler errors = new CollectingCSSParseErrorHandler();
		CascadingStyleSheet sheet = CSSReader.readFromStringReader(css,
				new CSSReaderSettings().setBrowserCompliantMode(false)
					.setCustomErrorHandler(errors)
					.setCustomExceptionHandler((ex) -> problems.add(ex.getMessage())));
		if (sheet == null && problems.isEmpty()) {
			problems.add("not readable as CSS");
		}
		errors.getAllParseErrors().forEach((error) -> problems.add(error.getErrorMessage()));
		problems.addAll(unbalancedBraces(css));
		return problems;
	}

	private static List<String> unbalancedBraces(String css) {
		// Comments and strings keep their line breaks, so that lines are counted right
		String code = COMMENT_OR_STRING.matcher(css).replaceAll((found) -> found.group().replaceAll("[^\\n]", ""));
		int depth = 0;
		int line = 1;
		List<Integer> opened = new ArrayList<>();
		List<String> problems = new ArrayList<>();
		for (char c : code.toCharArray()) {
			if (c == '\n') {
				line++;
			}
			else if (c == '{') {
				opened.add(line);
				depth++;
			}
			else if (c == '}') {
				if (depth == 0) {
					problems.add("a } on line " + line + " closes nothing");
				}
				else {
					opened.remove(--depth);
				}
			}
		}
		opened.forEach((at) -> problems.add("the { on line " + at + " is never closed"));
		return problems;
	}

}
