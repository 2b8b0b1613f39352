package io.talknotes.metric;

import java.util.List;

import io.talknotes.web.SecurityConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static io.talknotes.metric.Figures.link;
import static io.talknotes.metric.Figures.view;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(MetricController.class)
@Import(SecurityConfiguration.class)
class MetricControllerTests {

	private static final MetricView JD_PODS = view(7L, "30k pods", link("jd-com", "JD.com"), link("vitess", "Vitess"),
			"Vitess at JD.com");

	private static final MetricView LYFT_PODS = view(15L, "10K+ pods", link("lyft", "Lyft"), null, "Lyft pods");

	private static final MetricView AIRBNB_NODES = view(26L, "~2300 nodes/cluster", link("airbnb", "Airbnb"),
			link("kubernetes", "Kubernetes"), "Airbnb's largest cluster");

	@Autowired
	private MockMvc mvc;

	@MockitoBean
	private MetricService metrics;

	@BeforeEach
	void options() {
		given(this.metrics.filterOptions()).willReturn(new MetricFilterOptions(List.of("nodes", "pods"),
				List.of(link("airbnb", "Airbnb"), link("jd-com", "JD.com"), link("lyft", "Lyft")),
				List.of(link("kubernetes", "Kubernetes"), link("vitess", "Vitess")), List.of(Figures.KUBECON)));
	}

	@Test
	void listsEveryFigureWithWhoQuotedItAndWhere() throws Exception {
		given(this.metrics.find(MetricQuery.ALL)).willReturn(List.of(AIRBNB_NODES));

		String html = page("/metrics");

		assertThat(html).contains("~2300 nodes/cluster", "about 2,300", "nodes per cluster",
				"href=\"/companies/airbnb\"", "href=\"/talks/cncf-project-updates\"", "1 figure");
	}

	@Test
	void columnHeadersAreLinksThatSortAndSayHowTheTableIsSorted() throws Exception {
		given(this.metrics.find(any())).willReturn(List.of(JD_PODS, LYFT_PODS));

		String html = page("/metrics?sort=company");

		verify(this.metrics).find(new MetricQuery(null, null, null, null, "company", "asc"));
		assertThat(html).contains("aria-sort=\"ascending\"", "href=\"/metrics?sort=company&amp;dir=desc\"",
				"href=\"/metrics?sort=value&amp;dir=desc\"", "href=\"/metrics?sort=project&amp;dir=asc\"",
				"href=\"/metrics\"");
	}

	@Test
	void sortingKeepsTheFiltersAndFilteringKeepsTheSort() throws Exception {
		given(this.metrics.find(any())).willReturn(List.of(JD_PODS, LYFT_PODS));

		String html = page("/metrics?unit=pods&sort=value&dir=asc");

		assertThat(html).contains("aria-sort=\"ascending\"", "href=\"/metrics?unit=pods&amp;sort=value&amp;dir=desc\"",
				"<input type=\"hidden\" name=\"sort\" value=\"value\">",
				"<input type=\"hidden\" name=\"dir\" value=\"asc\">");
	}

	@Test
	void passesEachFilterToTheService() throws Exception {
		given(this.metrics.find(any())).willReturn(List.of());

		page("/metrics?unit=pods");
		page("/metrics?company=lyft");
		page("/metrics?project=vitess");
		page("/metrics?conference=kubecon-cloudnativecon-na-2019");
		this.mvc
			.perform(get("/metrics").param("unit", "nodes per second")
				.param("company", " ")
				.param("sort", "nonsense")
				.param("dir", "sideways"))
			.andExpect(status().isOk());

		verify(this.metrics).find(MetricQuery.forUnit("pods"));
		verify(this.metrics).find(new MetricQuery(null, "lyft", null, null, null, null));
		verify(this.metrics).find(new MetricQuery(null, null, "vitess", null, null, null));
		verify(this.metrics).find(new MetricQuery(null, null, null, "kubecon-cloudnativecon-na-2019", null, null));
		verify(this.metrics).find(new MetricQuery("nodes per second", null, null, null, "unit", "asc"));
	}

	@Test
	void filterFormOffersTheUnitsCompaniesProjectsAndConferencesAndKeepsTheChoice() throws Exception {
		given(this.metrics.find(any())).willReturn(List.of(LYFT_PODS));

		String html = page("/metrics?company=lyft");

		assertThat(html).contains("<option value=\"lyft\" selected=\"selected\">Lyft</option>",
				"<option value=\"pods\">pods</option>", "<option value=\"vitess\">Vitess</option>",
				"KubeCon + CloudNativeCon North America 2019", "Clear filters");
	}

	@Test
	void saysWhenNoFigureMatchesTheFilters() throws Exception {
		given(this.metrics.find(any())).willReturn(List.of());

		assertThat(page("/metrics?company=nobody")).contains("No figure matches these filters.", "No figures")
			.doesNotContain("<svg", "Download as CSV");
	}

	@Test
	void drawsAChartPerUnitWithAtLeastTwoFigures() throws Exception {
		given(this.metrics.find(any())).willReturn(List.of(JD_PODS, LYFT_PODS, AIRBNB_NODES));

		String html = page("/metrics");

		assertThat(html)
			.contains("<figure class=\"chart\" id=\"chart-pods\">", "role=\"img\"",
					"aria-labelledby=\"chart-pods-title chart-pods-desc\"", "JD.com — 30k pods", "Lyft — 10k+ pods",
					"href=\"/metrics?unit=pods\"")
			.doesNotContain("chart-nodes-per-cluster");
	}

	@Test
	void linksTheCsvOfTheSameFiguresInTheSameOrder() throws Exception {
		given(this.metrics.find(any())).willReturn(List.of(JD_PODS));

		assertThat(page("/metrics?company=jd-com&sort=value&dir=desc"))
			.contains("href=\"/metrics.csv?company=jd-com&amp;sort=value&amp;dir=desc\"");
	}

	@Test
	void csvIsADownloadWithAHeaderRowAndOneRowPerFigure() throws Exception {
		MetricView quoted = view(9L, "3.5 billions snaps/day", link("snap-inc", "Snap, \"Inc.\""), null,
				"=Snaps per day");
		given(this.metrics.find(MetricQuery.forUnit("snaps"))).willReturn(List.of(quoted, AIRBNB_NODES));

		MvcResult result = this.mvc.perform(get("/metrics.csv").param("unit", "snaps"))
			.andExpect(status().isOk())
			.andReturn();

		assertThat(result.getResponse().getContentType()).isEqualTo("text/csv;charset=UTF-8");
		assertThat(result.getResponse().getHeader("Content-Disposition"))
			.isEqualTo("attachment; filename=\"talknotes-figures.csv\"");
		assertThat(result.getResponse().getContentAsString()).isEqualTo("""
				Figure,Value,Unit,Qualifier,Period,Company,Project,Context,Talk,Conference\r
				3.5 billions snaps/day,3500000000,snaps,exactly,per day,"Snap, ""Inc.""\",,'=Snaps per day,\
				CNCF Project Updates,KubeCon + CloudNativeCon North America 2019\r
				~2300 nodes/cluster,2300,nodes,about,per cluster,Airbnb,Kubernetes,Airbnb's largest cluster,\
				CNCF Project Updates,KubeCon + CloudNativeCon North America 2019\r
				""");
	}

	@Test
	void csvOfNothingIsJustTheHeader() throws Exception {
		given(this.metrics.find(any())).willReturn(List.of());

		assertThat(this.mvc.perform(get("/metrics.csv")).andReturn().getResponse().getContentAsString())
			.isEqualTo("Figure,Value,Unit,Qualifier,Period,Company,Project,Context,Talk,Conference\r\n");
	}

	private String page(String url) throws Exception {
		return this.mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

}
