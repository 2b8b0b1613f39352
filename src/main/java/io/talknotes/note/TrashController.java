package io.talknotes.note;

import io.talknotes.account.SignedIn;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The trash of deleted notes: restoring a note, or deleting it for good after a
 * confirmation.
 */
@Controller
class TrashController {

	private final NoteTrashService trash;

	TrashController(NoteTrashService trash) {
		this.trash = trash;
	}

	@GetMapping("/trash")
	String list(Model model) {
		// Editors see the notes they may restore, their own; admins see everything
		SignedIn me = SignedIn.current();
		model.addAttribute("trashed",
				this.trash.trashed().stream().filter((item) -> me.mayChange(item.note().writtenBy())).toList());
		return "note/trash";
	}

	@PostMapping("/trash/{id}/restore")
	String restore(@PathVariable Long id, RedirectAttributes redirect) {
		NoteView note = this.trash.restore(id);
		redirect.addFlashAttribute("message", "note.restored");
		redirect.addFlashAttribute("messageAt", "note-" + id);
		return "redirect:/talks/" + note.talkSlug() + "#note-" + id;
	}

	@GetMapping("/trash/{id}/purge")
	String confirmPurge(@PathVariable Long id, Model model) {
		model.addAttribute("trashed", this.trash.get(id));
		return "note/purge";
	}

	@PostMapping("/trash/{id}/purge")
	String purge(@PathVariable Long id, RedirectAttributes redirect) {
		this.trash.purge(id);
		redirect.addFlashAttribute("message", "note.purged");
		return "redirect:/trash";
	}

}
