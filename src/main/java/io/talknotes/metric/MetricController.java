package io.talknotes.metric;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Every figure quoted in the talks, in one table.
 */
@Controller
class MetricController {

	private final MetricService metrics;

	MetricController(MetricService metrics) {
		this.metrics = metrics;
	}

	@GetMapping("/metrics")
	String list(Model model) {
		model.addAttribute("metrics", this.metrics.find(MetricQuery.ALL));
		return "metric/list";
	}

}
