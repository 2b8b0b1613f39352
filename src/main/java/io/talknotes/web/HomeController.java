package io.talknotes.web;

import io.talknotes.conference.ConferenceService;
import io.talknotes.note.NoteService;

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

	private final NoteService notes;

	HomeController(ConferenceService conferences, NoteService notes) {
		this.conferences = conferences;
		this.notes = notes;
	}

	@GetMapping("/")
	String home(Model model) {
		model.addAttribute("conferences", this.conferences.overview());
		model.addAttribute("recentNotes", this.notes.recent(RECENT_NOTES));
		return "home";
	}

}
