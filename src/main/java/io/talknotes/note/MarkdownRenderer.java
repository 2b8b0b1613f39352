package io.talknotes.note;

import java.util.List;
import java.util.regex.Pattern;

import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

import org.springframework.stereotype.Component;

/**
 * Renders note Markdown to HTML that is safe to put in a page. HTML typed into a note is
 * escaped by the Markdown renderer; what it produces then passes an allow-list of the
 * elements Markdown makes, and links and images may only point to http, https and mailto
 * addresses (or to pages of the app itself). A link to anything else is shown as its
 * text; such an image is left out. Images of other sites become links to them, since
 * pages load images only from the app itself.
 */
@Component
class MarkdownRenderer {

	private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create(), AutolinkExtension.create());

	/** What commonmark and its table extension produce, and nothing else. */
	private static final PolicyFactory MARKDOWN_OUTPUT = new HtmlPolicyBuilder()
		.allowElements("p", "br", "hr", "em", "strong", "code", "pre", "blockquote", "ul", "ol", "li", "h1", "h2", "h3",
				"h4", "h5", "h6", "table", "thead", "tbody", "tr", "th", "td", "a")
		.allowElements(MarkdownRenderer::onlyWithSource, "img")
		.allowUrlProtocols("http", "https", "mailto")
		.allowAttributes("href", "title")
		.onElements("a")
		.requireRelsOnLinks("nofollow", "noopener")
		.allowAttributes("src", "alt", "title")
		.onElements("img")
		.allowAttributes("start")
		.matching(Pattern.compile("\\d{1,9}"))
		.onElements("ol")
		.allowAttributes("align")
		.matching(Pattern.compile("left|center|right"))
		.onElements("th", "td")
		.allowAttributes("class")
		.matching(Pattern.compile("language-[\\w+#.-]{1,40}"))
		.onElements("code")
		.toFactory();

	/** The longest HTML a note keeps; a longer one is rendered when shown. */
	static final int MAX_STORED = 1_000_000;

	/**
	 * Markdown using everything the renderer and its allow-list treat: a change to either
	 * changes what this renders to, and so the fingerprint of stored renderings.
	 */
	private static final String SAMPLE = """
			# Title
			Some *emphasis*, **strong**, `code`, a [link](https://example.com "t"), a
			[script](javascript:alert(1)), www.example.com and <b>typed HTML</b>.

			3. three
			4. four

			- item
			> quote

			```java
			code
			```

			| left | centre | right |
			|:-----|:------:|------:|
			| a    | b      | c     |

			![picture](/favicon.svg) ![elsewhere](https://example.com/a.png) ![bad](data:x)
			---
			""";

	private final Parser parser = Parser.builder().extensions(EXTENSIONS).build();

	// URLs are judged by the allow-list below, which drops a link it refuses instead of
	// keeping it with an empty address.
	private final HtmlRenderer renderer = HtmlRenderer.builder()
		.extensions(EXTENSIONS)
		.escapeHtml(true)
		.nodeRendererFactory(ImagesOfOtherSites::new)
		.build();

	private final Integer fingerprint = toHtml(SAMPLE).hashCode();

	String toHtml(String markdown) {
		return MARKDOWN_OUTPUT.sanitize(this.renderer.render(this.parser.parse(markdown)));
	}

	/**
	 * Names this rendering: HTML stored with another fingerprint was made by a renderer
	 * that renders differently, and is rendered again.
	 */
	Integer fingerprint() {
		return this.fingerprint;
	}

	/**
	 * An image whose address was refused would show as a broken picture: leave it out.
	 */
	private static String onlyWithSource(String element, List<String> attributes) {
		for (int i = 0; i < attributes.size(); i += 2) {
			if ("src".equals(attributes.get(i))) {
				return element;
			}
		}
		return null;
	}

}
