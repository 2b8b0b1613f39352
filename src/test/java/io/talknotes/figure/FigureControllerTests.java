package io.talknotes.figure;

import java.util.List;

import io.talknotes.web.SecurityConfiguration;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static io.talknotes.figure.Figures.link;
import static io.talknotes.figure.Figures.view;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(FigureController.class)
@Import(SecurityConfiguration.class)
class FigureControllerTests {

	private static final FigureView JD_PODS = view(7L, "30k pods", link("jd-com", "JD.com"), link("vitess", "Vitess"),
			"Vitess at JD.com");

	private static final FigureView LYFT_PODS = view(15L, "10K+ pods", link("lyft", "Lyft"), null, "Lyft pods");

	private static final FigureView AIRBNB_NODES = view(26L, "~2300 nodes/cluster", link("airbnb", "Airbnb"),
			link("kubernetes", "Kubernetes"), "Airbnb's largest cluster");

	@Autowired
	private MockMvc mvc;

	@MockitoBean
	private FigureService figures;

	@BeforeEach
	void options() {
		given(this.figures.filterOptions()).willReturn(new FigureFilterOptions(List.of("nodes", "pods"),
				List.of(link("airbnb", "Airbnb"), link("jd-com", "JD.com"), link("lyft", "Lyft")),
				List.of(link("kubernetes", "Kubernetes"), link("vitess", "Vitess")), List.of(Figures.KUBECON)));
	}

	@Test
	void listsEveryFigureWithWhoQuotedItAndWhere() throws Exception {
		given(this.figures.find(FigureQuery.ALL)).willReturn(List.of(AIRBNB_NODES));

		String html = page("/figures");

		assertThat(html).contains("~2300 nodes/cluster", "about 2,300", "nodes per cluster",
				"href=\"/companies/airbnb\"", "href=\"/talks/cncf-project-updates\"", "1 figure");
	}

	@Test
	void columnHeadersAreLinksThatSortAndSayHowTheTableIsSorted() throws Exception {
		given(this.figures.find(any())).willReturn(List.of(JD_PODS, LYFT_PODS));

		String html = page("/figures?sort=company");

		verify(this.figures).find(new FigureQuery(null, null, null, null, "company", "asc"));
		assertThat(html).contains("aria-sort=\"ascending\"", "href=\"/figures?sort=company&amp;dir=desc\"",
				"href=\"/figures?sort=value&amp;dir=desc\"", "href=\"/figures?sort=project&amp;dir=asc\"",
				"href=\"/figures\"");
	}

	@Test
	void sortingKeepsTheFiltersAndFilteringKeepsTheSort() throws Exception {
		given(this.figures.find(any())).willReturn(List.of(JD_PODS, LYFT_PODS));

		String html = page("/figures?unit=pods&sort=value&dir=asc");

		assertThat(html).contains("aria-sort=\"ascending\"", "href=\"/figures?unit=pods&amp;sort=value&amp;dir=desc\"",
				"<input type=\"hidden\" name=\"sort\" value=\"value\">",
				"<input type=\"hidden\" name=\"dir\" value=\"asc\">");
	}

	@Test
	void passesEachFilterToTheService() throws Exception {
		given(this.figures.find(any())).willReturn(List.of());

		page("/figures?unit=pods");
		page("/figures?company=lyft");
		page("/figures?project=vitess");
		page("/figures?conference=kubecon-cloudnativecon-na-2019");
		this.mvc
			.perform(get("/figures").param("unit", "nodes per second")
				.param("company", " ")
				.param("sort", "nonsense")
				.param("dir", "sideways"))
			.andExpect(status().isOk());

		verify(this.figures).find(FigureQuery.forUnit("pods"));
		verify(this.figures).find(new FigureQuery(null, "lyft", null, null, null, null));
		verify(this.figures).find(new FigureQuery(null, null, "vitess", null, null, null));
		verify(this.figures).find(new FigureQuery(null, null, null, "kubecon-cloudnativecon-na-2019", null, null));
		verify(this.figures).find(new FigureQuery("nodes per second", null, null, null, "unit", "asc"));
	}

	@Test
	void filterFormOffersTheUnitsCompaniesProjectsAndConferencesAndKeepsTheChoice() throws Exception {
		given(this.figures.find(any())).willReturn(List.of(LYFT_PODS));

		String html = page("/figures?company=lyft");

		assertThat(html).contains("<option value=\"lyft\" selected=\"selected\">Lyft</option>",
				"<option value=\"pods\">pods</option>", "<option value=\"vitess\">Vitess</option>",
				"KubeCon + CloudNativeCon North America 2019", "Clear filters");
	}

	@Test
	void saysWhenNoFigureMatchesTheFilters() throws Exception {
		given(this.figures.find(any())).willReturn(List.of());

		assertThat(page("/figures?company=nobody")).contains("No figure matches these filters.", "No figures")
			.doesNotContain("<svg", "Download as CSV");
	}

	@Test
	void drawsAChartPerUnitWithAtLeastTwoFigures() throws Exception {
		given(this.figures.find(any())).willReturn(List.of(JD_PODS, LYFT_PODS, AIRBNB_NODES));

		String html = page("/figures");

		assertThat(html)
			.contains("<figure class=\"chart\" id=\"chart-pods\">", "role=\"img\"",
					"aria-labelledby=\"chart-pods-title chart-pods-desc\"", "JD.com — 30k pods", "Lyft — 10k+ pods",
					"href=\"/figures?unit=pods\"")
			.doesNotContain("chart-nodes-per-cluster", "Logarithmic scale");
	}

	@Test
	void saysOnAChartWhenItsFiguresAreTooFarApartForALinearScale() throws Exception {
		given(this.figures.find(any()))
			.willReturn(List.of(JD_PODS, view(9L, "20 pods", link("acme", "Acme"), null, null)));

		Document page = Jsoup.parse(page("/figures"));

		assertThat(page.select("#chart-pods .scale-note").text()).startsWith("Logarithmic scale:");
		assertThat(page.select("#chart-pods title").text()).isEqualTo("Pods, on a logarithmic scale");
	}

	@Test
	void linksTheCsvOfTheSameFiguresInTheSameOrder() throws Exception {
		given(this.figures.find(any())).willReturn(List.of(JD_PODS));

		assertThat(page("/figures?company=jd-com&sort=value&dir=desc"))
			.contains("href=\"/figures.csv?company=jd-com&amp;sort=value&amp;dir=desc\"");
	}

	@Test
	void csvIsADownloadWithAHeaderRowAndOneRowPerFigure() throws Exception {
		FigureView quoted = view(9L, "3.5 billions snaps/day", link("snap-inc", "Snap, \"Inc.\""), null,
				"=Snaps per day");
		given(this.figures.find(FigureQuery.forUnit("snaps"))).willReturn(List.of(quoted, AIRBNB_NODES));

		MvcResult result = this.mvc.perform(get("/figures.csv").param("unit", "snaps"))
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
		given(this.figures.find(any())).willReturn(List.of());

		assertThat(this.mvc.perform(get("/figures.csv")).andReturn().getResponse().getContentAsString())
			.isEqualTo("Figure,Value,Unit,Qualifier,Period,Company,Project,Context,Talk,Conference\r\n");
	}

	private String page(String url) throws Exception {
		return this.mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

}
