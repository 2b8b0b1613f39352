package io.talknotes.talk;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
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
 * The cards of a list of talks as HTML, which pages show through the fragment
 * {@code fragments/talks :: list} (as {@code #talkCards.html(talks)}: a dialect of
 * Thymeleaf's that adds this object to templates). A card shows the same to every reader,
 * so a list is rendered once (from {@code fragments/talks :: cards}) and kept for as long
 * as the same talks, with the same counts, are listed in the same language: the talks
 * themselves are the key, so that nothing kept can outlive a change to them. Rendering
 * the cards was most of the talk list's time (71 % of the samples of a profile), and the
 * pages of a conference, company, project or speaker list the same cards.
 */
@Component
public class TalkCards extends AbstractDialect implements IExpressionObjectDialect {

	/** The name templates know the cards by: {@code #talkCards}. */
	private static final String NAME = "talkCards";

	/**
	 * How much HTML is kept, in characters, the least recently shown list going first: a
	 * few megabytes, however long the lists (a conference's schedule lists all its
	 * talks).
	 */
	private static final int BUDGET = 2_000_000;

	private final int budget;

	private static final Set<String> CARDS = Set.of("cards");

	private final ObjectProvider<ITemplateEngine> templates;

	private final JakartaServletWebApplication application;

	/** The lists kept, in the order they were last shown. */
	private final LinkedHashMap<Key, String> rendered = new LinkedHashMap<>(16, 0.75f, true);

	/** Characters of HTML kept. */
	private long kept;

	@Autowired
	TalkCards(ObjectProvider<ITemplateEngine> templates, ServletContext servletContext) {
		this(templates, servletContext, BUDGET);
	}

	TalkCards(ObjectProvider<ITemplateEngine> templates, ServletContext servletContext, int budget) {
		super(NAME);
		this.budget = budget;
		this.templates = templates;
		this.application = JakartaServletWebApplication.buildApplication(servletContext);
	}

	/**
	 * The cards of these talks, rendered for the request being answered.
	 * @param talks the talks, in the order shown
	 * @return the list's HTML
	 */
	public String html(List<TalkSummary> talks) {
		Key key = new Key(LocaleContextHolder.getLocale(), List.copyOf(talks));
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
				key.locale(), Map.of("talks", key.talks()));
		return this.templates.getObject().process("fragments/talks", CARDS, context);
	}

	private record Key(Locale locale, List<TalkSummary> talks) {

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
				return TalkCards.this;
			}

			@Override
			public boolean isCacheable(String expressionObjectName) {
				return true;
			}

		};
	}

}
