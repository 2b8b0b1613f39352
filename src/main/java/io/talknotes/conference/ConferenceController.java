package io.talknotes.conference;

import java.util.List;

import io.talknotes.talk.ConferenceSchedule;
import io.talknotes.talk.TalkService;
import io.talknotes.talk.TalkSummary;

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

	private final TalkService talks;

	ConferenceController(ConferenceService conferences, TalkService talks) {
		this.conferences = conferences;
		this.talks = talks;
	}

	@GetMapping("/conferences/{slug}")
	String show(@PathVariable String slug, Model model) {
		ConferenceStats stats = this.conferences.stats(slug);
		ConferenceSchedule schedule = this.talks.schedule(stats.conference().getId());
		model.addAttribute("stats", stats);
		model.addAttribute("schedule", schedule);
		List<TalkSummary> untimed = schedule.untimed();
		model.addAttribute("withNotes", untimed.stream().filter((talk) -> talk.noteCount() > 0).toList());
		model.addAttribute("awaitingNotes", untimed.stream().filter((talk) -> talk.noteCount() == 0).toList());
		return "conference/detail";
	}

}
