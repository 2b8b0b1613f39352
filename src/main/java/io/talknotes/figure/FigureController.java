package io.talknotes.figure;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
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

	private final MessageSource messages;

	FigureController(FigureService figures, MessageSource messages) {
		this.figures = figures;
		this.messages = messages;
	}

	@GetMapping("/figures")
	String list(FigureQuery query, Model model, Locale locale) {
		List<FigureView> figures = this.figures.find(query);
		model.addAttribute("query", query);
		model.addAttribute("figures", figures);
		model.addAttribute("charts", FigureChart.perUnit(figures));
		model.addAttribute("chartWords", new ChartWords(this.messages, locale));
		model.addAttribute("options", this.figures.filterOptions());
		return "figure/list";
	}

	@GetMapping("/figures.csv")
	ResponseEntity<String> csv(FigureQuery query, Locale locale) {
		List<String> columns = FigureCsv.COLUMN_KEYS.stream()
			.map((key) -> this.messages.getMessage(key, null, locale))
			.toList();
		return ResponseEntity.ok()
			.contentType(CSV)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(CSV_FILE).build().toString())
			.body(FigureCsv.of(columns, this.figures.find(query)));
	}

}
