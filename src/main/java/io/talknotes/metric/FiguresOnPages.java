package io.talknotes.metric;

import io.talknotes.system.ItemKind;
import io.talknotes.system.PagePart;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The figures on the pages of a company, a project and a talk; on a talk's page also the
 * form that adds one.
 */
@Component
public class FiguresOnPages implements PagePart {

	private final MetricService metrics;

	FiguresOnPages(MetricService metrics) {
		this.metrics = metrics;
	}

	@Override
	public void addTo(ItemKind page, Long id, String slug, Model model) {
		switch (page) {
			case COMPANY -> model.addAttribute("metrics", this.metrics.forCompany(slug));
			case PROJECT -> model.addAttribute("metrics", this.metrics.forProject(slug));
			case TALK -> {
				model.addAttribute("metrics", this.metrics.forTalk(id));
				model.addAttribute("metricForm", MetricForm.blank());
			}
			default -> {
			}
		}
	}

}
