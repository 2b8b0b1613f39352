package io.talknotes.web;

import java.io.IOException;

import io.talknotes.system.NotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MultipartException;
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

	/**
	 * A part of the address that is not what it should be (a note id that is not a
	 * number) means there is no such page; a form or query value of the wrong type means
	 * the request was malformed.
	 */
	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ModelAndView badValue(MethodArgumentTypeMismatchException ex) {
		if (!ex.getParameter().hasParameterAnnotation(PathVariable.class)) {
			return new ModelAndView("error/4xx", HttpStatus.BAD_REQUEST);
		}
		ModelAndView page = new ModelAndView("error/404", HttpStatus.NOT_FOUND);
		page.addObject("key", String.valueOf(ex.getValue()));
		return page;
	}

	@ExceptionHandler(MultipartException.class)
	void unreadableUpload(MultipartException ex, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		BadRequestFilter.refuse(request, response, ex);
	}

	@ExceptionHandler(MissingServletRequestParameterException.class)
	@ResponseStatus(HttpStatus.BAD_REQUEST)
	ModelAndView missingParameter(MissingServletRequestParameterException ex) {
		return new ModelAndView("error/4xx");
	}

}
