package io.talknotes.metric;

import io.talknotes.metric.shorthand.MetricParseException;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Reads a figure without saving it, so that the figure form can show how it is understood
 * while it is typed.
 */
@RestController
class MetricApiController {

	private final MetricService metrics;

	MetricApiController(MetricService metrics) {
		this.metrics = metrics;
	}

	@GetMapping("/api/v1/metrics/parse")
	Understanding parse(@RequestParam(defaultValue = "") String text) {
		try {
			return new Understanding(true, null, MetricPreview.of(this.metrics.understand(text)));
		}
		catch (MetricParseException ex) {
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
	record Understanding(boolean understood, String problem, MetricPreview figure) {

	}

}
