package io.talknotes.speaker;

import io.talknotes.talk.TalkService;

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

	private final TalkService talks;

	SpeakerController(SpeakerService speakers, TalkService talks) {
		this.speakers = speakers;
		this.talks = talks;
	}

	@GetMapping("/speakers/{slug}")
	String show(@PathVariable String slug, Model model) {
		model.addAttribute("speaker", this.speakers.get(slug));
		model.addAttribute("talks", this.talks.spokenBy(slug));
		return "speaker/detail";
	}

}
