package io.talknotes.conference;

import java.util.List;

import io.talknotes.talk.TalkFilter;
import io.talknotes.talk.TalkService;
import io.talknotes.talk.TalkSummary;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The page of one conference: its details and its talks, those with notes first.
 */
@Controller
class ConferenceController {

	private final ConferenceService conferences;

	private final TalkService talks;

	ConferenceController(ConferenceService conferences, TalkService talks) {
		this.conferences = conferences;
		this.talks = talks;
	}

	@GetMapping("/conferences/{slug}")
	String show(@PathVariable String slug, Model model) {
		model.addAttribute("stats", this.conferences.stats(slug));
		List<TalkSummary> all = this.talks.list(new TalkFilter(slug, null, null, null, null, null));
		model.addAttribute("withNotes", all.stream().filter((talk) -> talk.noteCount() > 0).toList());
		model.addAttribute("awaitingNotes", all.stream().filter((talk) -> talk.noteCount() == 0).toList());
		return "conference/detail";
	}

}
