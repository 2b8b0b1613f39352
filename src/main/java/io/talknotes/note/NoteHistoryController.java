package io.talknotes.note;

import java.security.Principal;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The history of a note: its versions, what changed between any two, and restoring one.
 * Comparing is a plain GET form, so it works without JavaScript.
 */
@Controller
class NoteHistoryController {

	private final NoteHistoryService history;

	NoteHistoryController(NoteHistoryService history) {
		this.history = history;
	}

	@GetMapping("/talks/{slug}/notes/{id}/history")
	String history(@PathVariable String slug, @PathVariable Long id, Model model) {
		model.addAttribute("history", this.history.history(slug, id));
		return "note/history";
	}

	@GetMapping("/talks/{slug}/notes/{id}/history/diff")
	String diff(@PathVariable String slug, @PathVariable Long id, @RequestParam int from, @RequestParam int to,
			Model model) {
		model.addAttribute("diff", this.history.diff(slug, id, from, to));
		return "note/diff";
	}

	@PostMapping("/talks/{slug}/notes/{id}/history/{number}/restore")
	String restore(@PathVariable String slug, @PathVariable Long id, @PathVariable int number,
			@RequestParam long version, Model model, RedirectAttributes redirect, Principal principal) {
		try {
			this.history.restore(slug, id, number, version, principal.getName());
		}
		catch (NoteConflictException ex) {
			model.addAttribute("conflict", true);
			return history(slug, id, model);
		}
		redirect.addFlashAttribute("message", "note.history.restored");
		return "redirect:/talks/" + slug + "/notes/" + id + "/history";
	}

}
