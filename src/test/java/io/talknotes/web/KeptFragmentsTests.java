package io.talknotes.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.talknotes.system.NamedLink;
import io.talknotes.talk.TalkKind;
import io.talknotes.talk.TalkSummary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.IContext;

import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockServletContext;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

/**
 * How much HTML is kept: a fragment is rendered once for the same values, and the least
 * recently shown go first once the HTML kept would pass the budget, so that long lists
 * cannot fill the heap.
 */
class KeptFragmentsTests {

	private final List<String> rendered = new ArrayList<>();

	@AfterEach
	void forgetTheRequest() {
		RequestContextHolder.resetRequestAttributes();
	}

	@Test
	void rendersAListOnceAndDropsTheLeastRecentlyShownBeyondTheBudget() {
		KeptFragments cards = cards(100);

		cards.html("fragments/talks", "cards", Map.of("talks", List.of(talk("a"))));
		cards.html("fragments/talks", "cards", Map.of("talks", List.of(talk("a"))));
		cards.html("fragments/talks", "cards", Map.of("talks", List.of(talk("b"))));
		cards.html("fragments/talks", "cards", Map.of("talks", List.of(talk("b"))));
		cards.html("fragments/talks", "cards", Map.of("talks", List.of(talk("a"))));

		assertThat(this.rendered).as("lists rendered").containsExactly("a", "b", "a");
		assertThat(cards.kept()).isEqualTo(60);
	}

	@Test
	void aListLongerThanTheBudgetIsStillShown() {
		KeptFragments cards = cards(50);

		String html = cards.html("fragments/talks", "cards", Map.of("talks", List.of(talk("a"))));

		assertThat(html).hasSize(60);
		assertThat(cards.kept()).isEqualTo(60);
	}

	@Test
	void theSameFragmentWithAnotherValueIsRenderedAgain() {
		KeptFragments cards = cards(1_000);

		cards.html("fragments/talks", "cards", Map.of("talks", List.of(talk("a"))));
		cards.html("fragments/talks", "cards", Map.of("talks", List.of(talk("a", 1))));

		assertThat(this.rendered).containsExactly("a", "a");
	}

	private KeptFragments cards(int budget) {
		ITemplateEngine templates = mock(ITemplateEngine.class);
		given(templates.process(eq("fragments/talks"), eq(Set.of("cards")), any(IContext.class))).willAnswer((call) -> {
			IContext context = call.getArgument(2);
			@SuppressWarnings("unchecked")
			List<TalkSummary> talks = (List<TalkSummary>) context.getVariable("talks");
			this.rendered.add(talks.get(0).slug());
			return "x".repeat(60);
		});
		DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
		beans.registerSingleton("templates", templates);
		RequestContextHolder.setRequestAttributes(
				new ServletRequestAttributes(new MockHttpServletRequest(), new MockHttpServletResponse()));
		return new KeptFragments(beans.getBeanProvider(ITemplateEngine.class), new MockServletContext(), budget);
	}

	private static TalkSummary talk(String slug) {
		return talk(slug, 0);
	}

	private static TalkSummary talk(String slug, long notes) {
		return new TalkSummary(slug, "Talk " + slug, TalkKind.values()[0], new NamedLink("kubecon", "KubeCon"),
				List.of(), List.of(), true, notes, 0, false, null, List.of());
	}

}
