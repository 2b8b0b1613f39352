package io.talknotes.metric;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Every figure quoted in the talks: a table that sorts and filters, a chart per unit
 * comparing who quoted what, and the same table as CSV.
 */
@Controller
class MetricController {

	static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

	static final String CSV_FILE = "talknotes-figures.csv";

	private final MetricService metrics;

	MetricController(MetricService metrics) {
		this.metrics = metrics;
	}

	@GetMapping("/metrics")
	String list(MetricQuery query, Model model) {
		List<MetricView> figures = this.metrics.find(query);
		model.addAttribute("query", query);
		model.addAttribute("metrics", figures);
		model.addAttribute("charts", MetricChart.perUnit(figures));
		model.addAttribute("options", this.metrics.filterOptions());
		return "metric/list";
	}

	@GetMapping("/metrics.csv")
	ResponseEntity<String> csv(MetricQuery query) {
		return ResponseEntity.ok()
			.contentType(CSV)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(CSV_FILE).build().toString())
			.body(MetricCsv.of(this.metrics.find(query)));
	}

}
