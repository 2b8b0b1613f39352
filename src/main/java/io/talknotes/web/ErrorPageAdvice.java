package io.talknotes.web;

import io.talknotes.system.NotFoundException;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/**
 * Turns errors a person can cause into pages that say what happened and what to do.
 */
@ControllerAdvice
class ErrorPageAdvice {

	@ExceptionHandler(NotFoundException.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	ModelAndView notFound(NotFoundException ex) {
		ModelAndView page = new ModelAndView("error/404");
		page.addObject("kind", ex.getKind());
		page.addObject("key", ex.getKey());
		return page;
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	ModelAndView badPathValue(MethodArgumentTypeMismatchException ex) {
		ModelAndView page = new ModelAndView("error/404");
		page.addObject("key", String.valueOf(ex.getValue()));
		return page;
	}

	@ExceptionHandler(MissingServletRequestParameterException.class)
	@ResponseStatus(HttpStatus.BAD_REQUEST)
	ModelAndView missingParameter(MissingServletRequestParameterException ex) {
		return new ModelAndView("error/4xx");
	}

}
