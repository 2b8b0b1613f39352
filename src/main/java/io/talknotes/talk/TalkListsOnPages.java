package io.talknotes.talk;

import java.util.List;

import io.talknotes.system.ItemKind;
import io.talknotes.system.PagePart;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The talks on the pages of what talks are made of: a company's, a project's and a
 * speaker's talks, and a conference's schedule.
 */
@Component
public class TalkListsOnPages implements PagePart {

	private final TalkService talks;

	TalkListsOnPages(TalkService talks) {
		this.talks = talks;
	}

	@Override
	public void addTo(ItemKind page, Long id, String slug, Model model) {
		switch (page) {
			case COMPANY -> model.addAttribute("talks", this.talks.presentedBy(slug));
			case PROJECT -> model.addAttribute("talks", this.talks.covering(slug));
			case SPEAKER -> model.addAttribute("talks", this.talks.spokenBy(slug));
			case CONFERENCE -> addSchedule(id, model);
			default -> {
			}
		}
	}

	private void addSchedule(Long conferenceId, Model model) {
		ConferenceSchedule schedule = this.talks.schedule(conferenceId);
		model.addAttribute("schedule", schedule);
		List<TalkSummary> untimed = schedule.untimed();
		model.addAttribute("withNotes", untimed.stream().filter((talk) -> talk.noteCount() > 0).toList());
		model.addAttribute("awaitingNotes", untimed.stream().filter((talk) -> talk.noteCount() == 0).toList());
	}

}
