// Pressing "/" anywhere outside a text field jumps to the search box, as on most sites
// with search. The page works the same without this script.
document.addEventListener('keydown', (event) => {
	if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) {
		return;
	}
	const target = event.target;
	if (target instanceof HTMLElement && (target.isContentEditable || target.closest('input, textarea, select'))) {
		return;
	}
	const box = document.getElementById('search-q') || document.getElementById('site-search');
	if (box) {
		event.preventDefault();
		box.focus();
		box.select();
	}
});

// The message about what was just saved is in the page when it loads, and screen readers
// announce a live region only when it changes: once the page has settled, the message is
// put into an empty live region, so that it is read out.
window.addEventListener('load', () => {
	const message = document.querySelector('.flash[role="status"]');
	if (!message) {
		return;
	}
	const live = document.createElement('div');
	live.className = 'visually-hidden';
	live.setAttribute('aria-live', 'polite');
	live.dataset.announces = 'flash';
	document.body.append(live);
	setTimeout(() => {
		live.textContent = message.textContent.replace(/\s+/g, ' ').trim();
	}, 500);
});

// A filter form marked data-autosubmit applies a choice as soon as it is made; without
// this script its button does the same.
document.querySelectorAll('form[data-autosubmit]').forEach((form) => {
	form.addEventListener('change', (event) => {
		if (event.target instanceof HTMLSelectElement) {
			form.requestSubmit();
		}
	});
});

// On a phone, filters nobody chose yet stay folded away, so that the list comes first.
document.querySelectorAll('details[data-collapse-narrow]').forEach((panel) => {
	if (panel.dataset.active !== 'true' && window.matchMedia('(max-width: 40rem)').matches) {
		panel.open = false;
	}
});
