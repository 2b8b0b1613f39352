package io.talknotes.figure;

import java.net.URI;

import io.talknotes.web.SecurityConfiguration;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static io.talknotes.TestAccounts.editor;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(FormerFigureAddresses.class)
@Import(SecurityConfiguration.class)
class FormerFigureAddressesTests {

	@Autowired
	private MockMvc mvc;

	@MockitoBean
	private FigureService figures;

	@Test
	void theFormerFiguresPageMovedForGoodWithItsFilters() throws Exception {
		this.mvc.perform(get("/metrics?unit=pods&sort=value&dir=desc"))
			.andExpect(status().isMovedPermanently())
			.andExpect(header().string("Location", "/figures?unit=pods&sort=value&dir=desc"));
	}

	@Test
	void theFormerDownloadAndFormsOfATalkMovedToo() throws Exception {
		this.mvc.perform(get("/metrics.csv"))
			.andExpect(status().isMovedPermanently())
			.andExpect(header().string("Location", "/figures.csv"));
		this.mvc.perform(get("/talks/helm-3-deep-dive/metrics/7/edit").with(editor()))
			.andExpect(status().isMovedPermanently())
			.andExpect(header().string("Location", "/talks/helm-3-deep-dive/figures/7/edit"));
		this.mvc.perform(get(URI.create("/api/v1/metrics/parse?text=35M%20QPS")))
			.andExpect(status().isMovedPermanently())
			.andExpect(header().string("Location", "/api/v1/figures/parse?text=35M%20QPS"));
	}

	@Test
	void aFigureSentToTheFormerAddressIsSentOnWithItsMethod() throws Exception {
		this.mvc.perform(post("/talks/helm-3-deep-dive/metrics").param("text", "5 pods").with(editor()).with(csrf()))
			.andExpect(status().isPermanentRedirect())
			.andExpect(header().string("Location", "/talks/helm-3-deep-dive/figures"));
	}

	@Test
	void aTalkWhoseSlugContainsMetricsIsNotRewrittenThere() throws Exception {
		this.mvc.perform(get("/talks/metrics-at-scale/metrics/new").with(editor()))
			.andExpect(status().isMovedPermanently())
			.andExpect(header().string("Location", "/talks/metrics-at-scale/figures/new"));
	}

}
