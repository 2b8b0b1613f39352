package io.talknotes.figure;

import java.net.URI;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The addresses figures had while they were called metrics: each sends on to the figure's
 * address of today, with the query kept. A page moved for good (301); a form sent to an
 * old address is sent on as it was, with its method and body (308).
 */
@Controller
class FormerFigureAddresses {

	private static final Pattern FORMER = Pattern.compile("/metrics(?=[/.]|$)");

	@GetMapping({ "/metrics", "/metrics.csv", "/api/v1/metrics/parse", "/talks/{slug}/metrics/new",
			"/talks/{slug}/metrics/{id}/edit", "/talks/{slug}/metrics/{id}/delete" })
	ResponseEntity<Void> page(HttpServletRequest request) {
		return sendOn(request);
	}

	@PostMapping({ "/talks/{slug}/metrics", "/talks/{slug}/metrics/{id}", "/talks/{slug}/metrics/{id}/delete" })
	ResponseEntity<Void> form(HttpServletRequest request) {
		return sendOn(request);
	}

	private static ResponseEntity<Void> sendOn(HttpServletRequest request) {
		String path = FORMER.matcher(request.getRequestURI()).replaceFirst("/figures");
		String query = request.getQueryString();
		HttpStatus status = HttpMethod.GET.matches(request.getMethod()) || HttpMethod.HEAD.matches(request.getMethod())
				? HttpStatus.MOVED_PERMANENTLY : HttpStatus.PERMANENT_REDIRECT;
		return ResponseEntity.status(status).location(URI.create((query != null) ? path + "?" + query : path)).build();
	}

}
