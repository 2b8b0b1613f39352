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
