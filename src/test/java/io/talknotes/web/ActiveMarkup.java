package io.talknotes.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds what in a page could run or load something the site did not put there: scripts
 * other than the site's own files, event handler attributes, script and data addresses,
 * frames, plugins, base and refresh elements, styles.
 */
final class ActiveMarkup {

	/**
	 * The site's scripts, by their plain addresses or those with a hash of their content.
	 */
	private static final Pattern SITE_SCRIPTS = Pattern.compile(
			"/js/(talknotes|figure-preview)(-[0-9a-f]{32})?\\.js|/webjars/htmx\\.org/dist/htmx\\.min(-[0-9a-f]{32})?\\.js");

	/** The site's stylesheet and icon, by either address. */
	private static final Pattern SITE_LINKS = Pattern
		.compile("/css/talknotes(-[0-9a-f]{32})?\\.css|/favicon(-[0-9a-f]{32})?\\.svg");

	private static final Set<String> NEVER = Set.of("iframe", "frame", "frameset", "object", "embed", "applet", "base",
			"style", "math", "foreignobject", "animate", "set", "handler", "listener", "xml", "import", "portal");

	private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "action", "formaction", "xlink:href",
			"data", "poster", "background", "codebase", "dynsrc", "lowsrc", "values", "from", "to", "by", "ping",
			"cite");

	private static final List<String> ACTIVE_SCHEMES = List.of("javascript:", "vbscript:", "data:", "livescript:");

	private ActiveMarkup() {
	}

	/**
	 * What in the page is active without the site having put it there, each described in
	 * a few words; empty when the page is inert.
	 */
	static List<String> in(String html) {
		Document page = Jsoup.parse(html);
		List<String> found = new ArrayList<>();
		for (Element element : page.getAllElements()) {
			String name = element.normalName();
			if (NEVER.contains(name)) {
				found.add("<" + name + ">");
			}
			if (name.equals("script")
					&& (!SITE_SCRIPTS.matcher(element.attr("src")).matches() || !element.data().isBlank())) {
				found.add("script " + element.outerHtml());
			}
			if (name.equals("link") && !SITE_LINKS.matcher(element.attr("href")).matches()) {
				found.add("link " + element.outerHtml());
			}
			if (name.equals("meta") && element.hasAttr("http-equiv")) {
				found.add("meta http-equiv " + element.outerHtml());
			}
			if (name.equals("svg") && !element.hasClass("chart-svg")) {
				found.add("<svg> not drawn by the site");
			}
			for (Attribute attribute : element.attributes()) {
				String description = activeAttribute(attribute);
				if (description != null) {
					found.add(description + " on <" + name + ">");
				}
			}
		}
		return found;
	}

	private static String activeAttribute(Attribute attribute) {
		String name = attribute.getKey().toLowerCase(Locale.ROOT);
		if (name.startsWith("on")) {
			return "event handler " + name;
		}
		if (name.equals("style") || name.equals("srcdoc")) {
			return "attribute " + name;
		}
		if (URL_ATTRIBUTES.contains(name)) {
			String address = attribute.getValue().replaceAll("[\\x00-\\x20\\x7f]", "").toLowerCase(Locale.ROOT);
			for (String scheme : ACTIVE_SCHEMES) {
				if (address.startsWith(scheme)) {
					return name + "=" + scheme;
				}
			}
		}
		return null;
	}

}
