package io.talknotes.conference;

import io.talknotes.system.ItemKind;
import io.talknotes.system.PageParts;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The page of one conference: its details and its talks, as a schedule by day once times
 * are known, otherwise those with notes first.
 */
@Controller
class ConferenceController {

	private final ConferenceService conferences;

	private final PageParts parts;

	ConferenceController(ConferenceService conferences, PageParts parts) {
		this.conferences = conferences;
		this.parts = parts;
	}

	@GetMapping("/conferences/{slug}")
	String show(@PathVariable String slug, Model model) {
		ConferenceStats stats = this.conferences.stats(slug);
		model.addAttribute("stats", stats);
		this.parts.addTo(ItemKind.CONFERENCE, stats.conference().getId(), slug, model);
		return "conference/detail";
	}

}
