package io.talknotes.web;

import java.util.List;

import io.talknotes.conference.ConferenceService;
import io.talknotes.conference.ConferenceStats;
import io.talknotes.metric.MetricService;
import io.talknotes.note.NoteService;
import io.talknotes.talk.TalkService;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The home page: the conferences with what we have of each, and the latest notes.
 */
@Controller
class HomeController {

	private static final int RECENT_NOTES = 5;

	private final ConferenceService conferences;

	private final TalkService talks;

	private final NoteService notes;

	private final MetricService metrics;

	HomeController(ConferenceService conferences, TalkService talks, NoteService notes, MetricService metrics) {
		this.conferences = conferences;
		this.talks = talks;
		this.notes = notes;
		this.metrics = metrics;
	}

	@GetMapping("/")
	String home(Model model) {
		List<ConferenceStats> cards = this.conferences.all()
			.stream()
			.map((conference) -> new ConferenceStats(conference, this.talks.countFor(conference.getId()),
					this.notes.countForConference(conference.getId()),
					this.metrics.countForConference(conference.getId())))
			.toList();
		model.addAttribute("conferences", cards);
		model.addAttribute("recentNotes", this.notes.recent(RECENT_NOTES));
		return "home";
	}

}
