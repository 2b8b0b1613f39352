// Shows how a figure is understood while it is typed. The form works without this
// script: its Preview button asks the server for the same answer.
(function () {
	'use strict';

	var DELAY_MS = 250;

	function show(panel, result) {
		var problem = panel.querySelector('[data-problem]');
		var understood = panel.querySelector('[data-understood]');
		if (!result.understood) {
			problem.textContent = result.problem;
			problem.hidden = false;
			understood.hidden = true;
			panel.hidden = false;
			return;
		}
		var figure = result.figure;
		panel.querySelectorAll('[data-field]').forEach(function (field) {
			var value = figure[field.getAttribute('data-field')];
			field.textContent = value ? value : (field.getAttribute('data-empty') || panel.getAttribute('data-none'));
		});
		panel.querySelector('[data-unknown-unit]').hidden = figure.unitKnown;
		panel.querySelector('[data-teach]').hidden = !figure.unitLine;
		problem.hidden = true;
		understood.hidden = false;
		panel.hidden = false;
	}

	function enhance(form) {
		var input = form.querySelector('input[name="text"]');
		var panel = form.querySelector('.figure-preview');
		var url = form.getAttribute('data-preview-url');
		if (!input || !panel || !url) {
			return;
		}
		var timer = null;
		var latest = 0;
		input.addEventListener('input', function () {
			clearTimeout(timer);
			timer = setTimeout(function () {
				var text = input.value.trim();
				var request = ++latest;
				if (!text) {
					panel.hidden = true;
					return;
				}
				fetch(url + '?text=' + encodeURIComponent(text), { headers: { Accept: 'application/json' } })
					.then(function (response) {
						return response.ok ? response.json() : null;
					})
					.then(function (result) {
						// An older answer arriving late must not replace a newer one
						if (result && request === latest) {
							show(panel, result);
						}
					})
					.catch(function () {
						// Offline or failing: the Preview button still works
					});
			}, DELAY_MS);
		});
	}

	if (window.fetch) {
		document.querySelectorAll('form[data-preview-url]').forEach(enhance);
	}
})();
