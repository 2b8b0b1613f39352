package io.talknotes.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The colours of both themes, read from the custom properties the stylesheet sets for
 * each: the focus ring stands out at least 3:1 from everything it is drawn on, and text
 * reads at least 4.5:1 on its background (WCAG 2.2, 1.4.11 and 1.4.3).
 */
class ThemeContrastTests {

	private static final Path CSS = Path.of("src", "main", "resources", "static", "css", "talknotes.css");

	private static final Pattern PROPERTY = Pattern.compile("(--[\\w-]+)\\s*:\\s*(#[0-9a-fA-F]{6})\\s*;");

	@ParameterizedTest
	@ValueSource(strings = { "light", "dark" })
	void theFocusRingStandsOutAtLeastThreeToOneFromWhatItIsDrawnOn(String theme) throws IOException {
		Map<String, String> colours = theme(theme);

		assertContrast(colours, "--focus", "--paper", 3);
		assertContrast(colours, "--focus", "--wash", 3);
		assertContrast(colours, "--focus", "--field-bg", 3);
		assertContrast(colours, "--header-focus", "--header-bg", 3);
	}

	@ParameterizedTest
	@ValueSource(strings = { "light", "dark" })
	void textReadsAtLeastFourAndAHalfToOneOnItsBackground(String theme) throws IOException {
		Map<String, String> colours = theme(theme);

		for (String background : new String[] { "--paper", "--wash" }) {
			assertContrast(colours, "--ink", background, 4.5);
			assertContrast(colours, "--muted", background, 4.5);
			assertContrast(colours, "--accent", background, 4.5);
		}
		assertContrast(colours, "--accent-ink", "--accent", 4.5);
		assertContrast(colours, "--accent-ink", "--bad", 4.5);
		assertContrast(colours, "--good", "--good-wash", 4.5);
		assertContrast(colours, "--bad", "--bad-wash", 4.5);
		assertContrast(colours, "--warn-ink", "--warn-wash", 4.5);
		assertContrast(colours, "--warm-ink", "--warm-wash", 4.5);
		assertContrast(colours, "--violet-ink", "--violet-wash", 4.5);
		assertContrast(colours, "--accent", "--tint", 4.5);
		// A marked word in a search hit's title is a link's colour on the mark.
		assertContrast(colours, "--ink", "--mark", 4.5);
		assertContrast(colours, "--accent", "--mark", 4.5);
		assertContrast(colours, "--muted", "--mark", 4.5);
		assertContrast(colours, "--ink", "--changed", 4.5);
		assertContrast(colours, "--header-link", "--header-bg", 4.5);
		assertContrast(colours, "--ink", "--field-bg", 4.5);
	}

	@Test
	void theDarkThemeIsTheSameWhetherTheSystemOrTheReaderChoseIt() throws IOException {
		String css = Files.readString(CSS, StandardCharsets.UTF_8);

		assertThat(properties(block(css, ":root:not([data-theme=\"light\"])")))
			.isEqualTo(properties(block(css, ":root[data-theme=\"dark\"]")))
			.containsOnlyKeys(properties(block(css, ":root")).keySet());
	}

	/** The colours of a theme: the light ones, with the dark ones over them. */
	private static Map<String, String> theme(String name) throws IOException {
		String css = Files.readString(CSS, StandardCharsets.UTF_8);
		Map<String, String> colours = new LinkedHashMap<>(properties(block(css, ":root")));
		if (name.equals("dark")) {
			colours.putAll(properties(block(css, ":root[data-theme=\"dark\"]")));
		}
		return colours;
	}

	private static String block(String css, String selector) {
		Matcher found = Pattern.compile("(?m)^\\s*" + Pattern.quote(selector) + "\\s*\\{([^}]*)}").matcher(css);
		assertThat(found.find()).as("a block for %s", selector).isTrue();
		return found.group(1);
	}

	private static Map<String, String> properties(String block) {
		Map<String, String> properties = new LinkedHashMap<>();
		Matcher property = PROPERTY.matcher(block);
		while (property.find()) {
			properties.put(property.group(1), property.group(2).toLowerCase());
		}
		return properties;
	}

	private static void assertContrast(Map<String, String> colours, String foreground, String background,
			double least) {
		assertThat(colours).containsKeys(foreground, background);
		double ratio = contrast(colours.get(foreground), colours.get(background));
		assertThat(ratio)
			.as("%s (%s) on %s (%s)", foreground, colours.get(foreground), background, colours.get(background))
			.isGreaterThanOrEqualTo(least);
	}

	/** The WCAG contrast ratio of two colours written as #rrggbb. */
	static double contrast(String one, String other) {
		double lighter = Math.max(luminance(one), luminance(other));
		double darker = Math.min(luminance(one), luminance(other));
		return (lighter + 0.05) / (darker + 0.05);
	}

	private static double luminance(String colour) {
		double[] weights = { 0.2126, 0.7152, 0.0722 };
		double luminance = 0;
		for (int i = 0; i < 3; i++) {
			double c = Integer.parseInt(colour.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
			luminance += weights[i] * ((c <= 0.04045) ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4));
		}
		return luminance;
	}

}
