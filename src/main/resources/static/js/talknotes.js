// Marks the page as having script, for what only works with it (a note's Preview).
document.documentElement.classList.add('scripted');

// Pressing "/" anywhere outside a text field jumps to the search box, as on most sites
// with search. The page works the same without this script.
document.addEventListener('keydown', (event) => {
	if (event.key !== '/' || !isShortcut(event)) {
		return;
	}
	const box = document.getElementById('search-q') || document.getElementById('site-search');
	if (box) {
		event.preventDefault();
		box.focus();
		box.select();
	}
});

// The message about what was just saved is in the page when it loads, or in the part of
// it a save in place replaced, and screen readers announce a live region only when it
// changes: once the page has settled, the message is put into an empty live region, so
// that it is read out.
function announceSaved(root) {
	const message = [...root.querySelectorAll('.flash[role="status"]')].pop();
	if (!message) {
		return null;
	}
	let live = document.querySelector('[data-announces="flash"]');
	if (!live) {
		live = document.createElement('div');
		live.className = 'visually-hidden';
		live.setAttribute('aria-live', 'polite');
		live.dataset.announces = 'flash';
		document.body.append(live);
	}
	live.textContent = '';
	setTimeout(() => {
		live.textContent = message.textContent.replace(/\s+/g, ' ').trim();
	}, 500);
	return message;
}
window.addEventListener('load', () => announceSaved(document));
// A note saved in its place is brought into view with its message.
document.addEventListener('htmx:afterSettle', (event) => {
	const message = announceSaved(event.detail.elt);
	if (message) {
		(message.closest('article') || message).scrollIntoView({ block: 'nearest' });
	}
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

// Keys on lists of results: "j" goes to the next result, "k" to the previous one.
document.addEventListener('keydown', (event) => {
	if ((event.key !== 'j' && event.key !== 'k') || !isShortcut(event)) {
		return;
	}
	const links = [...document.querySelectorAll('.hit-list .hit-title')];
	if (links.length === 0) {
		return;
	}
	event.preventDefault();
	const at = links.indexOf(document.activeElement);
	const next = (event.key === 'j') ? Math.min(at + 1, links.length - 1) : Math.max(at - 1, 0);
	links[next].focus();
	links[next].closest('.hit').scrollIntoView({ block: 'nearest' });
});

// On a talk's page, "n" goes to the field for a new note.
document.addEventListener('keydown', (event) => {
	if (event.key !== 'n' || !isShortcut(event)) {
		return;
	}
	const field = document.querySelector('#add-note textarea');
	if (field) {
		event.preventDefault();
		field.focus();
	}
});

// A note opened for editing in its place takes the focus, and so does the note that
// replaces the form once it is saved or cancelled, so that the keyboard stays where the
// person works. A message to correct (an [autofocus] element) is focused by htmx.
document.addEventListener('htmx:load', (event) => {
	const part = event.target;
	if (!(part instanceof HTMLElement) || !part.matches('article.note') || part.querySelector('[autofocus]')) {
		return;
	}
	if (part.classList.contains('editing')) {
		part.querySelector('textarea')?.focus();
	}
	else if (part.closest('#note-list') && part.id) {
		part.tabIndex = -1;
		part.focus();
	}
});

// A key pressed alone, outside anything one types into, is a shortcut.
function isShortcut(event) {
	const target = event.target;
	return !event.ctrlKey && !event.metaKey && !event.altKey
		&& !(target instanceof HTMLElement && (target.isContentEditable || target.closest('input, textarea, select')));
}

// The theme toggle: pressed is dark. The choice is kept for a year in a cookie, which the
// server reads to send every page in it; until one is made, pages follow the system.
(() => {
	const toggle = document.getElementById('theme-toggle');
	if (!toggle) {
		return;
	}
	const root = document.documentElement;
	const system = window.matchMedia('(prefers-color-scheme: dark)');
	const dark = () => (root.dataset.theme || (system.matches ? 'dark' : 'light')) === 'dark';
	const show = () => toggle.setAttribute('aria-pressed', String(dark()));
	toggle.hidden = false;
	show();
	system.addEventListener('change', show);
	toggle.addEventListener('click', () => {
		const theme = dark() ? 'light' : 'dark';
		root.dataset.theme = theme;
		document.cookie = 'theme=' + theme + '; Path=/; Max-Age=31536000; SameSite=Lax';
		show();
	});
})();

// A link of a form's error summary puts the cursor in the field it names, not only the
// field on the screen, so that the correction can be typed at once.
document.addEventListener('click', (event) => {
	const link = event.target instanceof Element && event.target.closest('.error-summary a[href^="#"]');
	const field = link && document.getElementById(decodeURIComponent(link.hash.slice(1)));
	if (field) {
		event.preventDefault();
		field.scrollIntoView({ block: 'center' });
		field.focus();
		history.replaceState(null, '', link.hash);
	}
});
