package io.talknotes.imports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.Principal;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Importing a schedule: the form takes a file or pasted text, the import's page previews
 * what it would do and applies it, then shows how far applying got and what it did. A
 * file that cannot be read comes back to the form saying where and why, and with what was
 * pasted.
 */
@Controller
class ImportController {

	private final ImportService imports;

	ImportController(ImportService imports) {
		this.imports = imports;
	}

	/**
	 * The form, for the conference the file names or the one given; {@code tooLarge} when
	 * it comes back after an upload over the size limit, which was refused before it
	 * reached this controller.
	 */
	@GetMapping("/import")
	String blankForm(@RequestParam(required = false) String conference, @RequestParam(required = false) String tooLarge,
			Model model) {
		model.addAttribute("importForm", ImportForm.into(conference));
		model.addAttribute("tooLarge", tooLarge != null);
		return form(model);
	}

	@PostMapping("/import")
	String upload(@ModelAttribute("importForm") ImportForm form, BindingResult result, Model model, Principal principal,
			HttpServletResponse response) {
		byte[] content = content(form, result);
		if (result.hasErrors()) {
			return form(model);
		}
		String fileName = form.hasFile() ? form.file().getOriginalFilename() : null;
		try {
			Long id = this.imports.upload(
					new ScheduleUpload(fileName, content, form.conferenceSlug(), form.typedName()),
					principal.getName());
			return "redirect:/import/" + id;
		}
		catch (ScheduleFormatException ex) {
			// Its message, with where the file breaks as a message among its arguments,
			// is resolved in the reader's locale when the form shows it
			result.rejectValue(form.hasFile() ? "file" : "text", ex.getMessageKey(), ex.getArguments(), null);
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return form(model);
		}
		catch (ImportTargetException ex) {
			result.rejectValue("conference", ex.getMessageKey());
			return form(model);
		}
	}

	@GetMapping("/import/{id}")
	String show(@PathVariable Long id, Model model) {
		ImportPage page = this.imports.page(id);
		model.addAttribute("page", page);
		if (page.state().isApplying()) {
			// The page reloads itself until applying is done; the policy allows no script
			model.addAttribute("refreshSeconds", 1);
		}
		return "imports/show";
	}

	@PostMapping("/import/{id}/apply")
	String apply(@PathVariable Long id, Principal principal) {
		this.imports.apply(id, principal.getName());
		return "redirect:/import/" + id;
	}

	/**
	 * The file or the pasted text, checked: one of them, not both, within the size limit.
	 * @return the content, or {@code null} when the form has errors
	 */
	private static byte[] content(ImportForm form, BindingResult result) {
		if (form.hasFile() && form.hasText()) {
			result.rejectValue("text", "import.both");
			return null;
		}
		if (form.hasFile()) {
			if (form.file().getSize() > ImportService.MAX_BYTES) {
				result.rejectValue("file", "import.tooLarge");
				return null;
			}
			return bytes(form);
		}
		if (!form.hasText()) {
			result.rejectValue("file", "import.none");
			return null;
		}
		byte[] text = form.text().getBytes(StandardCharsets.UTF_8);
		if (text.length > ImportService.MAX_BYTES) {
			result.rejectValue("text", "import.tooLarge");
			return null;
		}
		return text;
	}

	private static byte[] bytes(ImportForm form) {
		try {
			return form.file().getBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The form, with the conferences to pick from. */
	private String form(Model model) {
		model.addAttribute("conferences", this.imports.conferences());
		model.addAttribute("maxMegabytes", ImportService.MAX_BYTES / (1024 * 1024));
		return "imports/form";
	}

}
