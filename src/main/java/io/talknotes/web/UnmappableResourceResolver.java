package io.talknotes.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.ResourceHttpRequestHandler;

/**
 * An address no page answers falls through to the static files, and the server refuses to
 * look some of them up at all (a path segment that is only a space, for example): such an
 * address is a page that does not exist, not a failure.
 */
@Component
class UnmappableResourceResolver implements HandlerExceptionResolver, Ordered {

	@Override
	public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
			Exception ex) {
		if (handler instanceof ResourceHttpRequestHandler && ex instanceof IllegalArgumentException) {
			return new ModelAndView("error/404", HttpStatus.NOT_FOUND);
		}
		return null;
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE + 1;
	}

}
