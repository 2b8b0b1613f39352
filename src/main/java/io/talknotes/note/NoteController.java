package io.talknotes.note;

import java.security.Principal;

import io.talknotes.talk.TalkDetails;
import io.talknotes.talk.TalkService;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Adding, editing and moving to the trash the notes of a talk. The forms post here; a
 * note that does not validate comes back with what was typed and a message next to each
 * field.
 */
@Controller
class NoteController {

	private final NoteService notes;

	private final TalkService talks;

	NoteController(NoteService notes, TalkService talks) {
		this.notes = notes;
		this.talks = talks;
	}

	@PostMapping("/talks/{slug}/notes")
	String add(@PathVariable String slug, @Valid @ModelAttribute("noteForm") NoteForm form, BindingResult result,
			Model model, RedirectAttributes redirect, Principal principal) {
		if (result.hasErrors()) {
			model.addAttribute("talk", this.talks.details(slug));
			return "note/form";
		}
		NoteView note = this.notes.add(slug, form, principal.getName());
		redirect.addFlashAttribute("message", "note.added");
		redirect.addFlashAttribute("messageAt", "note-" + note.id());
		return "redirect:/talks/" + slug + "#note-" + note.id();
	}

	@GetMapping("/talks/{slug}/notes/{id}/edit")
	String editForm(@PathVariable String slug, @PathVariable Long id, Model model, HttpServletResponse response) {
		// htmx asks the same address for the form alone (InlineNoteController)
		response.addHeader(HttpHeaders.VARY, "HX-Request");
		NoteView note = this.notes.get(slug, id);
		model.addAttribute("talk", this.talks.details(slug));
		model.addAttribute("note", note);
		model.addAttribute("noteForm", new NoteForm(note.body()));
		return "note/form";
	}

	@PostMapping("/talks/{slug}/notes/{id}")
	String edit(@PathVariable String slug, @PathVariable Long id, @RequestParam long version,
			@Valid @ModelAttribute("noteForm") NoteForm form, BindingResult result, Model model,
			RedirectAttributes redirect, Principal principal) {
		NoteView current = this.notes.get(slug, id);
		if (result.hasErrors()) {
			// The form comes back to be corrected: its next save is checked against the
			// version the editor started from, not against what was saved since
			current = current.withVersion(version);
		}
		else {
			try {
				this.notes.edit(slug, id, version, form, principal.getName());
				redirect.addFlashAttribute("message", "note.saved");
				redirect.addFlashAttribute("messageAt", "note-" + id);
				return "redirect:/talks/" + slug + "#note-" + id;
			}
			catch (NoteConflictException ex) {
				current = ex.getCurrent();
				model.addAttribute("conflict", true);
			}
		}
		TalkDetails talk = this.talks.details(slug);
		model.addAttribute("talk", talk);
		model.addAttribute("note", current);
		return "note/form";
	}

	@GetMapping("/talks/{slug}/notes/{id}/delete")
	String confirmDelete(@PathVariable String slug, @PathVariable Long id, Model model) {
		model.addAttribute("talk", this.talks.details(slug));
		model.addAttribute("note", this.notes.get(slug, id));
		return "note/delete";
	}

	@PostMapping("/talks/{slug}/notes/{id}/delete")
	String delete(@PathVariable String slug, @PathVariable Long id, RedirectAttributes redirect, Principal principal) {
		this.notes.moveToTrash(slug, id, principal.getName());
		// Shown where the note was, with Undo: restoring it from the trash
		redirect.addFlashAttribute("message", "note.trashed");
		redirect.addFlashAttribute("messageAt", "notes");
		redirect.addFlashAttribute("trashedNote", id);
		return "redirect:/talks/" + slug + "#notes";
	}

}
