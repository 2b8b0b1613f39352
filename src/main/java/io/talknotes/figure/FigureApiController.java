package io.talknotes.figure;

import io.talknotes.figure.shorthand.FigureParseException;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Reads a figure without saving it, so that the figure form can show how it is understood
 * while it is typed.
 */
@RestController
class FigureApiController {

	private final FigureService figures;

	FigureApiController(FigureService figures) {
		this.figures = figures;
	}

	@GetMapping("/api/v1/figures/parse")
	Understanding parse(@RequestParam(defaultValue = "") String text) {
		try {
			return new Understanding(true, null, FigurePreview.of(this.figures.understand(text)));
		}
		catch (FigureParseException ex) {
			return new Understanding(false, ex.getMessage(), null);
		}
	}

	/**
	 * What was read from the text.
	 *
	 * @param understood whether the text reads as a figure
	 * @param problem why it does not, in words fit to show, or {@code null}
	 * @param figure the figure as understood, or {@code null}
	 */
	record Understanding(boolean understood, String problem, FigurePreview figure) {

	}

}
