package io.talknotes.figure;

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

	private final FigureService figures;

	FiguresOnPages(FigureService figures) {
		this.figures = figures;
	}

	@Override
	public void addTo(ItemKind page, Long id, String slug, Model model) {
		switch (page) {
			case COMPANY -> model.addAttribute("figures", this.figures.forCompany(slug));
			case PROJECT -> model.addAttribute("figures", this.figures.forProject(slug));
			case TALK -> {
				model.addAttribute("figures", this.figures.forTalk(id));
				model.addAttribute("figureForm", FigureForm.blank());
			}
			default -> {
			}
		}
	}

}
