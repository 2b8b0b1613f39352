package io.talknotes.note;

import java.security.Principal;

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

/**
 * Adding and editing notes in their place on the talk page, for htmx: the same routes as
 * {@link NoteController}, answered with the part of the page that changes when the
 * request comes from htmx ({@code HX-Request}). Without script the forms post to
 * {@link NoteController} and get whole pages.
 */
@Controller
class InlineNoteController {

	private static final String HTMX = "HX-Request";

	private final NoteService notes;

	private final TalkService talks;

	private final MarkdownRenderer markdown;

	InlineNoteController(NoteService notes, TalkService talks, MarkdownRenderer markdown) {
		this.notes = notes;
		this.talks = talks;
		this.markdown = markdown;
	}

	@PostMapping(path = "/talks/{slug}/notes", headers = HTMX)
	String add(@PathVariable String slug, @Valid @ModelAttribute("noteForm") NoteForm form, BindingResult result,
			Model model, Principal principal, HttpServletResponse response) {
		varies(response);
		if (result.hasErrors()) {
			// Sent back in place of the form, not added to the list of notes
			response.setHeader("HX-Retarget", "#add-note-form");
			response.setHeader("HX-Reswap", "outerHTML");
			model.addAttribute("talk", this.talks.details(slug));
			return "note/parts :: addForm";
		}
		NoteView note = this.notes.add(slug, form, principal.getName());
		saved(model, note, "note.added");
		model.addAttribute("noteForm", NoteForm.blank());
		return "note/parts :: added(note=${note})";
	}

	@GetMapping(path = "/talks/{slug}/notes/{id}/edit", headers = HTMX)
	String editor(@PathVariable String slug, @PathVariable Long id, Model model, HttpServletResponse response) {
		varies(response);
		NoteView note = this.notes.get(slug, id);
		model.addAttribute("note", note);
		model.addAttribute("noteForm", new NoteForm(note.body()));
		return "note/parts :: editor(note=${note})";
	}

	@PostMapping(path = "/talks/{slug}/notes/{id}", headers = HTMX)
	String edit(@PathVariable String slug, @PathVariable Long id, @RequestParam long version,
			@Valid @ModelAttribute("noteForm") NoteForm form, BindingResult result, Model model, Principal principal,
			HttpServletResponse response) {
		varies(response);
		NoteView current = this.notes.get(slug, id);
		if (result.hasErrors()) {
			// Checked against the version the editor started from, as on the form page
			model.addAttribute("note", current.withVersion(version));
			return "note/parts :: editor(note=${note})";
		}
		try {
			saved(model, this.notes.edit(slug, id, version, form, principal.getName()), "note.saved");
			return "note/parts :: note(note=${note})";
		}
		catch (NoteConflictException ex) {
			// What was typed stays in the form; the saved text is shown under it
			model.addAttribute("note", ex.getCurrent());
			model.addAttribute("conflict", true);
			return "note/parts :: editor(note=${note})";
		}
	}

	/** The note as the talk page shows it: what Cancel puts back in place of the form. */
	@GetMapping(path = "/talks/{slug}/notes/{id}", headers = HTMX)
	String note(@PathVariable String slug, @PathVariable Long id, Model model, HttpServletResponse response) {
		varies(response);
		model.addAttribute("note", this.notes.get(slug, id));
		return "note/parts :: note(note=${note})";
	}

	/** Without script a note's address is its place on the talk page. */
	@GetMapping("/talks/{slug}/notes/{id}")
	String noteOnItsPage(@PathVariable String slug, @PathVariable Long id, HttpServletResponse response) {
		varies(response);
		NoteView note = this.notes.get(slug, id);
		return "redirect:/talks/" + note.talkSlug() + "#note-" + note.id();
	}

	/**
	 * What the Markdown typed so far looks like, rendered and cleaned as a saved note is.
	 */
	@PostMapping("/talks/{slug}/notes/preview")
	String preview(@PathVariable String slug, @RequestParam(defaultValue = "") String body, Model model) {
		this.talks.details(slug);
		if (body.length() > NoteForm.MAX_LENGTH) {
			model.addAttribute("previewTooLong", true);
		}
		else if (!body.isBlank()) {
			model.addAttribute("previewHtml", this.markdown.toHtml(body));
		}
		return "note/parts :: preview";
	}

	private static void saved(Model model, NoteView note, String message) {
		model.addAttribute("note", note);
		model.addAttribute("message", message);
		model.addAttribute("messageAt", "note-" + note.id());
	}

	private static void varies(HttpServletResponse response) {
		response.addHeader(HttpHeaders.VARY, HTMX);
	}

}
