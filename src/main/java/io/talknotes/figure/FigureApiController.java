package io.talknotes.figure;

import java.util.Locale;

import io.talknotes.figure.shorthand.FigureParseException;

import org.springframework.context.MessageSource;
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

	private final MessageSource messages;

	FigureApiController(FigureService figures, MessageSource messages) {
		this.figures = figures;
		this.messages = messages;
	}

	@GetMapping("/api/v1/figures/parse")
	Understanding parse(@RequestParam(defaultValue = "") String text, Locale locale) {
		try {
			return new Understanding(true, null, FigurePreview.of(this.figures.understand(text)));
		}
		catch (FigureParseException ex) {
			return new Understanding(false, this.messages.getMessage(ex.getMessageKey(), ex.getArguments(), locale),
					null);
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
