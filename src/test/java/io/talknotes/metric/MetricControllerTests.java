package io.talknotes.metric;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(MetricController.class)
class MetricControllerTests {

	@Autowired
	private MockMvc mvc;

	@MockitoBean
	private MetricService metrics;

	@Test
	void listsEveryFigureWithWhoQuotedItAndWhere() throws Exception {
		given(this.metrics.find(MetricQuery.ALL)).willReturn(List.of(Figures.view(1L, "~2300 nodes/cluster",
				Figures.link("airbnb", "Airbnb"), Figures.link("kubernetes", "Kubernetes"), "Airbnb's max")));

		String html = this.mvc.perform(get("/metrics"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(html).contains("~2300 nodes/cluster", "about 2,300", "href=\"/companies/airbnb\"",
				"href=\"/talks/cncf-project-updates\"");
	}

}
