package io.talknotes.system;

import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.view.RedirectView;

/**
 * Answers that send a browser on to where a page lives now.
 */
public final class Redirects {

	private Redirects() {
	}

	/**
	 * A permanent redirect (301) to a path of this site, which carries nothing of the
	 * page's model.
	 * @param path the path with its query, already encoded
	 */
	public static RedirectView permanent(String path) {
		RedirectView view = new RedirectView(path, true);
		view.setStatusCode(HttpStatus.MOVED_PERMANENTLY);
		view.setExposeModelAttributes(false);
		return view;
	}

}
