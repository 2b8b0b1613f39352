package io.talknotes.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.catalina.Container;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.resource.ResourceUrlProvider;
import org.springframework.web.util.HtmlUtils;

/**
 * Puts {@link SiteErrorReportValve} in the place of Tomcat's error report, with the pages
 * it sends written once at start-up from {@code error-page.html} and the messages.
 */
@Component
class ErrorReportCustomizer implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

	private static final Pattern MESSAGE = Pattern.compile("#\\{([\\w.@]+)}");

	private static final Pattern COMMENT = Pattern.compile("(?s)<!--.*?-->\\s*");

	private static final Pattern STATIC_FILE = Pattern.compile("((?:href|src)=\")(/[\\w/.-]+\\.(?:css|js|svg))\"");

	private final MessageSource messages;

	private final ObjectProvider<ResourceUrlProvider> resourceUrls;

	private Map<String, String> pages;

	ErrorReportCustomizer(MessageSource messages, ObjectProvider<ResourceUrlProvider> resourceUrls) {
		this.messages = messages;
		this.resourceUrls = resourceUrls;
	}

	@Override
	public void customize(TomcatServletWebServerFactory factory) {
		SiteErrorReportValve valve = new SiteErrorReportValve((status) -> pages().get(kind(status)));
		factory.addContextCustomizers((context) -> replaceErrorReport(context.getParent(), valve));
	}

	/**
	 * The pages, written on first use: by then the app knows the addresses of its static
	 * files, which carry a hash of their content.
	 */
	private synchronized Map<String, String> pages() {
		if (this.pages == null) {
			String template = staticAddresses(template());
			this.pages = Map.of("404", page(template, "404"), "4xx", page(template, "4xx"), "5xx",
					page(template, "5xx"));
		}
		return this.pages;
	}

	private String staticAddresses(String template) {
		ResourceUrlProvider addresses = this.resourceUrls.getIfUnique();
		if (addresses == null) {
			return template;
		}
		return STATIC_FILE.matcher(template).replaceAll((file) -> {
			String versioned = addresses.getForLookupPath(file.group(2));
			return Matcher.quoteReplacement(file.group(1) + ((versioned != null) ? versioned : file.group(2)) + "\"");
		});
	}

	/** After Boot's own customizer, which adds the error report this one replaces. */
	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

	private static void replaceErrorReport(Container host, SiteErrorReportValve valve) {
		for (Valve existing : host.getPipeline().getValves()) {
			if (existing instanceof ErrorReportValve) {
				host.getPipeline().removeValve(existing);
			}
		}
		host.getPipeline().addValve(valve);
		if (host instanceof StandardHost standardHost) {
			// Otherwise the host adds Tomcat's own report again when it starts
			standardHost.setErrorReportValveClass(SiteErrorReportValve.class.getName());
		}
	}

	private static String kind(int status) {
		if (status == 404) {
			return "404";
		}
		return (status < 500) ? "4xx" : "5xx";
	}

	private String page(String template, String kind) {
		Matcher keys = MESSAGE.matcher(template);
		return keys.replaceAll((key) -> Matcher.quoteReplacement(
				HtmlUtils.htmlEscape(this.messages.getMessage(key.group(1).replace("@", kind), null, Locale.ROOT))));
	}

	private static String template() {
		try (InputStream in = ErrorReportCustomizer.class.getResourceAsStream("error-page.html")) {
			String page = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			return COMMENT.matcher(page).replaceFirst("");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
