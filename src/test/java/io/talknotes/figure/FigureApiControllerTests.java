package io.talknotes.figure;

import io.talknotes.figure.shorthand.FigureParser;
import io.talknotes.web.SecurityConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(FigureApiController.class)
@Import(SecurityConfiguration.class)
class FigureApiControllerTests {

	@Autowired
	private MockMvc mvc;

	@MockitoBean
	private FigureService figures;

	@BeforeEach
	void parseForReal() {
		FigureParser parser = new FigureParser();
		given(this.figures.understand(any())).willAnswer((call) -> parser.parse(call.getArgument(0)));
	}

	@Test
	void tellsHowAFigureIsUnderstood() throws Exception {
		this.mvc.perform(get("/api/v1/figures/parse").param("text", "2.8B+ votes per month"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.understood").value(true))
			.andExpect(jsonPath("$.figure.fullForm").value("at least 2,800,000,000 votes per month"))
			.andExpect(jsonPath("$.figure.shortForm").value("2.8B+ votes/month"))
			.andExpect(jsonPath("$.figure.value").value("2,800,000,000"))
			.andExpect(jsonPath("$.figure.unit").value("votes"))
			.andExpect(jsonPath("$.figure.unitKnown").value(true))
			.andExpect(jsonPath("$.figure.qualifier").value("at least"))
			.andExpect(jsonPath("$.figure.period").value("per month"));
	}

	@Test
	void tellsWhichCatalogueLineWouldTeachAnUnknownUnit() throws Exception {
		this.mvc.perform(get("/api/v1/figures/parse").param("text", "4k keyspaces"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.figure.unitKnown").value(false))
			.andExpect(jsonPath("$.figure.catalogueFile").value("units.txt"))
			.andExpect(jsonPath("$.figure.unitLine").value("keyspaces = count"));
	}

	@Test
	void tellsHowAConvertedFigureCompares() throws Exception {
		this.mvc.perform(get("/api/v1/figures/parse").param("text", "p99 under 250 µs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.figure.unit").value("microseconds"))
			.andExpect(jsonPath("$.figure.qualifier").value("under"))
			.andExpect(jsonPath("$.figure.percentile").value("p99"))
			.andExpect(jsonPath("$.figure.comparesAs").value("0.00025 seconds"))
			.andExpect(jsonPath("$.figure.unitLine").doesNotExist());
	}

	@Test
	void saysWhyAFigureCannotBeRead() throws Exception {
		this.mvc.perform(get("/api/v1/figures/parse").param("text", "5 pods per fortnight"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.understood").value(false))
			.andExpect(jsonPath("$.problem")
				.value("Unknown period \"per fortnight\". Use /s, /day, /month, /year or /cluster."));
	}

}
