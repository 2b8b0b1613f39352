package io.talknotes.web;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.json.JacksonJsonView;

/**
 * The page for every error no controller answered itself (a wrong method, a request that
 * could not be read, an unexpected failure): in the site's layout on every page's
 * address, whatever the browser says it accepts, and as JSON under the JSON API.
 */
@Controller
class ErrorPageController implements ErrorController {

	/** The form that takes files, and says how large they may be. */
	private static final String IMPORT = "/import";

	@RequestMapping("${server.error.path:${error.path:/error}}")
	ModelAndView error(HttpServletRequest request) {
		HttpStatus status = status(request);
		String path = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		if (isApi(path)) {
			Map<String, Object> body = new LinkedHashMap<>();
			body.put("status", status.value());
			body.put("error", status.getReasonPhrase());
			body.put("path", path);
			ModelAndView json = new ModelAndView(new JacksonJsonView(), body);
			json.setStatus(status);
			return json;
		}
		if (status == HttpStatus.CONTENT_TOO_LARGE && IMPORT.equals(path)) {
			// The import form says its limit; what was sent could not be read, so nothing
			// of it can be shown again
			return new ModelAndView("redirect:" + IMPORT + "?tooLarge");
		}
		return new ModelAndView(template(status), Map.of(), status);
	}

	private static HttpStatus status(HttpServletRequest request) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		HttpStatus status = (code instanceof Integer value) ? HttpStatus.resolve(value) : null;
		return (status != null && status.isError()) ? status : HttpStatus.INTERNAL_SERVER_ERROR;
	}

	private static String template(HttpStatus status) {
		if (status == HttpStatus.NOT_FOUND || status == HttpStatus.FORBIDDEN) {
			return "error/" + status.value();
		}
		return status.is4xxClientError() ? "error/4xx" : "error/5xx";
	}

	private static boolean isApi(String path) {
		return path != null
				&& (path.startsWith("/api/") || path.startsWith("/v3/api-docs") || path.startsWith("/actuator/"));
	}

}
