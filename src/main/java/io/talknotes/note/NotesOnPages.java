package io.talknotes.note;

import io.talknotes.system.ItemKind;
import io.talknotes.system.PagePart;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The notes on a talk's page, and the form that adds one.
 */
@Component
public class NotesOnPages implements PagePart {

	private final NoteService notes;

	NotesOnPages(NoteService notes) {
		this.notes = notes;
	}

	@Override
	public void addTo(ItemKind page, Long id, String slug, Model model) {
		if (page == ItemKind.TALK) {
			model.addAttribute("notes", this.notes.forTalk(id));
			if (!model.containsAttribute("noteForm")) {
				model.addAttribute("noteForm", NoteForm.blank());
			}
		}
	}

}
