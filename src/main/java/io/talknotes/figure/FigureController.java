package io.talknotes.figure;

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
class FigureController {

	static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

	static final String CSV_FILE = "talknotes-figures.csv";

	private final FigureService figures;

	FigureController(FigureService figures) {
		this.figures = figures;
	}

	@GetMapping("/figures")
	String list(FigureQuery query, Model model) {
		List<FigureView> figures = this.figures.find(query);
		model.addAttribute("query", query);
		model.addAttribute("figures", figures);
		model.addAttribute("charts", FigureChart.perUnit(figures));
		model.addAttribute("options", this.figures.filterOptions());
		return "figure/list";
	}

	@GetMapping("/figures.csv")
	ResponseEntity<String> csv(FigureQuery query) {
		return ResponseEntity.ok()
			.contentType(CSV)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(CSV_FILE).build().toString())
			.body(FigureCsv.of(this.figures.find(query)));
	}

}
