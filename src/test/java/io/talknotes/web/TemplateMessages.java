package io.talknotes.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.talknotes.account.Role;
import io.talknotes.project.ProjectForm;
import io.talknotes.talk.TalkOrder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which messages the templates ask for, read from them as text. A key a template builds
 * from a variable is expanded to every value the variable can take.
 */
final class TemplateMessages {

	static final Path RESOURCES = Path.of("src", "main", "resources");

	/**
	 * A list written in a template to loop over, such as {@code ${ {'value', 'unit'} }}.
	 */
	private static final Pattern INLINE_LIST = Pattern.compile("th:each=\"(\\w+) : \\$\\{ \\{([^}]*)} }\"");

	private static final Pattern QUOTED = Pattern.compile("'([^']*)'");

	/**
	 * A key built from a written prefix and a variable: {@code 'search.facet.' + name}.
	 */
	private static final Pattern PREFIXED = Pattern.compile("'([\\w.-]+\\.)'\\s*\\+\\s*(?:\\$\\{([^}]+)}|([\\w.()]+))");

	private static final Pattern MESSAGES_CALL = Pattern
		.compile("#messages\\.\\w+\\(\\s*('[^']*'(?:\\s*\\+\\s*[\\w.()]+)?)");

	/** What the error page's {@code @} stands for. */
	private static final List<String> ERROR_PAGE_KINDS = List.of("404", "4xx", "5xx");

	/** A key written whole, such as {@code talk.list.count} or {@code error.@.title}. */
	private static final Pattern LITERAL_KEY = Pattern.compile("'?([\\w.@-]+)'?");

	/** The values of each key prefix that templates complete with a variable. */
	private static final Map<String, Supplier<Set<String>>> PREFIX_VALUES = prefixValues();

	/**
	 * Keys that templates take whole from a variable, each with the keys it can hold.
	 */
	private static final Map<Pattern, Supplier<Set<String>>> VARIABLE_KEYS = variableKeys();

	private TemplateMessages() {
	}

	/**
	 * The keys a template asks for, with those built from a variable expanded: written
	 * whole ({@code #{talk.list.count(…)}}), from a prefix and a variable
	 * ({@code #{${'role.' + role}}}) or held by a variable ({@code #{${message}}}).
	 */
	static Set<String> in(Path template) {
		String html = JavaMessages.read(template).replaceAll("(?s)<!--.*?-->", "");
		return templateKeys(html, inlineLists(html));
	}

	private static Set<String> templateKeys(String html, Map<String, Set<String>> inlineLists) {
		Set<String> keys = new LinkedHashSet<>();
		for (String expression : messageExpressions(html)) {
			keys.addAll(keysOf(expression, inlineLists));
		}
		Matcher calls = MESSAGES_CALL.matcher(html);
		while (calls.find()) {
			keys.addAll(keysOf(calls.group(1), inlineLists));
		}
		return keys;
	}

	/** What stands between each {@code #{} and its closing brace, nested ones too. */
	private static List<String> messageExpressions(String text) {
		List<String> expressions = new ArrayList<>();
		for (int start = text.indexOf("#{"); start >= 0; start = text.indexOf("#{", start + 2)) {
			int depth = 0;
			for (int i = start + 1; i < text.length(); i++) {
				char c = text.charAt(i);
				depth += (c == '{') ? 1 : (c == '}') ? -1 : 0;
				if (depth == 0) {
					expressions.add(text.substring(start + 2, i).strip());
					break;
				}
			}
		}
		return expressions;
	}

	/**
	 * The keys one message expression can ask for: {@code key(arguments)}, a key built as
	 * {@code 'prefix.' + variable}, or a key held whole by a variable,
	 * {@code ${variable}}.
	 */
	private static Set<String> keysOf(String expression, Map<String, Set<String>> inlineLists) {
		String key = expression;
		if (key.startsWith("${")) {
			key = key.substring(2, closing(key, 1)).strip();
			Matcher prefixed = PREFIXED.matcher(key);
			return prefixed.matches() ? prefixed(prefixed, expression, inlineLists) : variable(key, expression);
		}
		Matcher prefixed = PREFIXED.matcher(key);
		if (prefixed.lookingAt()) {
			return prefixed(prefixed, expression, inlineLists);
		}
		Matcher literal = LITERAL_KEY.matcher(key);
		assertThat(literal.lookingAt()).as("a message key in #{%s}", expression).isTrue();
		String written = literal.group(1);
		return written.contains("@")
				? ERROR_PAGE_KINDS.stream().map((kind) -> written.replace("@", kind)).collect(Collectors.toSet())
				: Set.of(written);
	}

	private static Set<String> prefixed(Matcher prefixed, String expression, Map<String, Set<String>> inlineLists) {
		String prefix = prefixed.group(1);
		String variable = (prefixed.group(2) != null) ? prefixed.group(2).strip() : prefixed.group(3);
		Set<String> values = inlineLists.get(variable);
		if (values == null) {
			Supplier<Set<String>> known = PREFIX_VALUES.get(prefix);
			assertThat(known).as("the values that complete %s in %s: add them to PREFIX_VALUES", prefix, expression)
				.isNotNull();
			values = known.get();
		}
		assertThat(values).as("values that complete %s", prefix).isNotEmpty();
		return values.stream().map((value) -> prefix + value).collect(Collectors.toSet());
	}

	private static Set<String> variable(String variable, String expression) {
		return VARIABLE_KEYS.entrySet()
			.stream()
			.filter((known) -> known.getKey().matcher(variable).matches())
			.findFirst()
			.map((known) -> known.getValue().get())
			.orElseThrow(() -> new AssertionError("#{" + expression
					+ "} takes its key from a variable: say which keys it can hold in VARIABLE_KEYS"));
	}

	/** Where the brace opened at {@code open} closes. */
	private static int closing(String text, int open) {
		int depth = 0;
		for (int i = open; i < text.length(); i++) {
			depth += (text.charAt(i) == '{') ? 1 : (text.charAt(i) == '}') ? -1 : 0;
			if (depth == 0) {
				return i;
			}
		}
		throw new AssertionError("No closing brace in " + text);
	}

	/**
	 * The variables a template loops over a list written in it, with the list's words.
	 */
	private static Map<String, Set<String>> inlineLists(String html) {
		Map<String, Set<String>> lists = new HashMap<>();
		Matcher each = INLINE_LIST.matcher(html);
		while (each.find()) {
			Set<String> words = new LinkedHashSet<>();
			Matcher quoted = QUOTED.matcher(each.group(2));
			while (quoted.find()) {
				words.add(quoted.group(1));
			}
			lists.put(each.group(1), words);
		}
		return lists;
	}

	private static Map<String, Supplier<Set<String>>> prefixValues() {
		Map<String, Supplier<Set<String>>> values = new LinkedHashMap<>();
		values.put("project.maturity.", () -> Set.copyOf(ProjectForm.MATURITIES));
		values.put("role.", () -> names(Role.values()));
		values.put("search.facet.", TemplateMessages::searchFacets);
		values.put("import.field.", TemplateMessages::importFields);
		values.put("error.404.what.", TemplateMessages::notFoundKinds);
		return values;
	}

	private static Map<Pattern, Supplier<Set<String>>> variableKeys() {
		Map<Pattern, Supplier<Set<String>>> keys = new LinkedHashMap<>();
		// A talk's kind: in lists and forms, and changed by an import
		keys.put(
				Pattern.compile(
						"(?:[\\w.]+\\.)?(?:kind|k)\\.messageKey|change\\.(?:before|after)|(?:v|filter)\\.labelKey"),
				JavaMessages::talkKinds);
		// The orders of the talk list
		keys.put(Pattern.compile("o\\.messageKey"),
				() -> Stream.of(TalkOrder.values()).map(TalkOrder::getMessageKey).collect(Collectors.toSet()));
		// Flash messages and the names of a talk's links: the Java code passes them as
		// string literals, checked with the Java sources
		keys.put(Pattern.compile("message|flashLinkText|l\\.messageKey|notice\\.key"), Set::of);
		return keys;
	}

	private static Set<String> names(Enum<?>[] values) {
		return Stream.of(values).map(Enum::name).collect(Collectors.toSet());
	}

	/** The filters of the search page, by their parameter: the lowercased names. */
	private static Set<String> searchFacets() {
		try {
			Object[] facets = Class.forName("io.talknotes.search.SearchFacets").getEnumConstants();
			return Stream.of(facets)
				.map((facet) -> ((Enum<?>) facet).name().toLowerCase(Locale.ROOT))
				.collect(Collectors.toSet());
		}
		catch (ClassNotFoundException ex) {
			throw new AssertionError(ex);
		}
	}

	/** The fields an import may change on a talk, as SessionChanges names them. */
	private static Set<String> importFields() {
		String java = JavaMessages.read(JavaMessages.JAVA.resolve("io/talknotes/imports/SessionChanges.java"));
		return matches(Pattern.compile("(?:changes, |FieldChange(?:\\.ofMessages)?\\()\"(\\w+)\""), java);
	}

	/** What a NotFoundException says was not found, e.g. talk, note or version. */
	private static Set<String> notFoundKinds() {
		Set<String> kinds = new TreeSet<>();
		for (Path source : JavaMessages.sources()) {
			String java = JavaMessages.read(source);
			if (java.contains("extends NotFoundException")) {
				kinds.addAll(matches(Pattern.compile("super\\(\"(\\w+)\","), java));
			}
		}
		return kinds;
	}

	private static Set<String> matches(Pattern pattern, String text) {
		Set<String> found = new TreeSet<>();
		Matcher matcher = pattern.matcher(text);
		while (matcher.find()) {
			found.add(matcher.group(1));
		}
		return found;
	}

	/** Every template, and the page the server itself sends for a request it refuses. */
	static List<Path> templates() {
		try (Stream<Path> files = Files.walk(RESOURCES.resolve("templates"))) {
			List<Path> templates = new ArrayList<>(files.filter((file) -> file.toString().endsWith(".html")).toList());
			templates.add(RESOURCES.resolve("io/talknotes/web/error-page.html"));
			assertThat(templates).hasSizeGreaterThan(30);
			return templates;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
