package io.talknotes.conference;

import java.util.List;

import io.talknotes.metric.MetricService;
import io.talknotes.note.NoteService;
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

	private final NoteService notes;

	private final MetricService metrics;

	ConferenceController(ConferenceService conferences, TalkService talks, NoteService notes, MetricService metrics) {
		this.conferences = conferences;
		this.talks = talks;
		this.notes = notes;
		this.metrics = metrics;
	}

	@GetMapping("/conferences/{slug}")
	String show(@PathVariable String slug, Model model) {
		Conference conference = this.conferences.get(slug);
		List<TalkSummary> all = this.talks.list(new TalkFilter(slug, null, null, null, null, null));
		model.addAttribute("stats",
				new ConferenceStats(conference, all.size(), this.notes.countForConference(conference.getId()),
						this.metrics.countForConference(conference.getId())));
		model.addAttribute("withNotes", all.stream().filter((talk) -> talk.noteCount() > 0).toList());
		model.addAttribute("awaitingNotes", all.stream().filter((talk) -> talk.noteCount() == 0).toList());
		return "conference/detail";
	}

}
