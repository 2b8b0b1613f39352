package io.talknotes.speaker;

import io.talknotes.system.ItemKind;
import io.talknotes.system.PageParts;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A speaker's page with the talks they gave.
 */
@Controller
class SpeakerController {

	private final SpeakerService speakers;

	private final PageParts parts;

	SpeakerController(SpeakerService speakers, PageParts parts) {
		this.speakers = speakers;
		this.parts = parts;
	}

	@GetMapping("/speakers/{slug}")
	String show(@PathVariable String slug, Model model) {
		SpeakerDetails speaker = this.speakers.get(slug);
		model.addAttribute("speaker", speaker);
		this.parts.addTo(ItemKind.SPEAKER, speaker.id(), slug, model);
		return "speaker/detail";
	}

}
