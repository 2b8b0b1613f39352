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
