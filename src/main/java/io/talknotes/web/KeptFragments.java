package io.talknotes.web;

import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.ServletContext;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Parts of pages rendered once and kept: templates call {@code #kept.html('note/parts',
 * 'list', {notes: notes, me: me})} (this class is a Thymeleaf dialect that adds itself to
 * templates as {@code #kept}) where they would insert the fragment. A fragment whose
 * output follows from the values it is given, in the reader's language, is rendered the
 * first time and its HTML kept: the fragment, the values and the language are the key, so
 * that a change to any value renders it again and nothing kept can outlive what it shows.
 * The values must therefore be compared by what they hold (records, lists of records,
 * strings), and the fragment must read nothing else of the page.
 *
 * <p>
 * Used for the cards of a list of talks (the talk list, a conference's schedule, the
 * pages of a company, project or speaker; 71 % of the talk list's time in a profile), and
 * for the notes of a talk page, kept per reader's rights.
 */
@Component
public class KeptFragments extends AbstractDialect implements IExpressionObjectDialect {

	/** The name templates know this by: {@code #kept}. */
	private static final String NAME = "kept";

	/**
	 * How much HTML is kept, in characters, the least recently shown going first: a few
	 * megabytes, however long the parts (a conference's schedule lists all its talks).
	 */
	private static final int BUDGET = 2_000_000;

	private final int budget;

	private final ObjectProvider<ITemplateEngine> templates;

	private final JakartaServletWebApplication application;

	/** The parts kept, in the order they were last shown. */
	private final LinkedHashMap<Key, String> rendered = new LinkedHashMap<>(16, 0.75f, true);

	/** Characters of HTML kept. */
	private long kept;

	@Autowired
	KeptFragments(ObjectProvider<ITemplateEngine> templates, ServletContext servletContext) {
		this(templates, servletContext, BUDGET);
	}

	KeptFragments(ObjectProvider<ITemplateEngine> templates, ServletContext servletContext, int budget) {
		super(NAME);
		this.budget = budget;
		this.templates = templates;
		this.application = JakartaServletWebApplication.buildApplication(servletContext);
	}

	/**
	 * A fragment's HTML, rendered for the request being answered or kept from an earlier
	 * one with the same values.
	 * @param template the template holding the fragment
	 * @param fragment the fragment's name
	 * @param values the values the fragment is given, by name
	 * @return the fragment's HTML
	 */
	public String html(String template, String fragment, Map<String, ?> values) {
		Key key = new Key(template, fragment, LocaleContextHolder.getLocale(),
				Collections.unmodifiableMap(new LinkedHashMap<>(values)));
		String html;
		synchronized (this.rendered) {
			html = this.rendered.get(key);
		}
		if (html == null) {
			html = render(key);
			keep(key, html);
		}
		return html;
	}

	private void keep(Key key, String html) {
		synchronized (this.rendered) {
			String before = this.rendered.put(key, html);
			this.kept += html.length() - ((before != null) ? before.length() : 0);
			Iterator<String> eldest = this.rendered.values().iterator();
			while (this.kept > this.budget && this.rendered.size() > 1) {
				this.kept -= eldest.next().length();
				eldest.remove();
			}
		}
	}

	/** How many characters of HTML are kept, for tests. */
	long kept() {
		synchronized (this.rendered) {
			return this.kept;
		}
	}

	private String render(Key key) {
		ServletRequestAttributes request = (ServletRequestAttributes) RequestContextHolder.currentRequestAttributes();
		WebContext context = new WebContext(this.application.buildExchange(request.getRequest(), request.getResponse()),
				key.locale(), new LinkedHashMap<>(key.values()));
		return this.templates.getObject().process(key.template(), Set.of(key.fragment()), context);
	}

	private record Key(String template, String fragment, Locale locale, Map<String, ?> values) {

	}

	@Override
	public IExpressionObjectFactory getExpressionObjectFactory() {
		return new IExpressionObjectFactory() {

			@Override
			public Set<String> getAllExpressionObjectNames() {
				return Set.of(NAME);
			}

			@Override
			public Object buildObject(IExpressionContext context, String expressionObjectName) {
				return KeptFragments.this;
			}

			@Override
			public boolean isCacheable(String expressionObjectName) {
				return true;
			}

		};
	}

}
