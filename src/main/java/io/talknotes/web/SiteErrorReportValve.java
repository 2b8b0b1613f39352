package io.talknotes.web;

import java.io.IOException;
import java.io.Writer;
import java.util.function.IntFunction;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

/**
 * Tomcat's last word on an error: for a request refused before it reaches the app, the
 * site's own error page instead of Tomcat's bare one, with the headers every page has.
 */
class SiteErrorReportValve extends ErrorReportValve {

	private final IntFunction<String> pages;

	/**
	 * @param pages the page to send for a status
	 */
	SiteErrorReportValve(IntFunction<String> pages) {
		this.pages = pages;
		setShowReport(false);
		setShowServerInfo(false);
	}

	@Override
	protected void report(Request request, Response response, Throwable throwable) {
		int status = response.getStatus();
		if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
			return;
		}
		try {
			response.setContentType("text/html");
			response.setCharacterEncoding("UTF-8");
			response.setHeader("Content-Security-Policy", SecurityConfiguration.POLICY);
			response.setHeader("X-Content-Type-Options", "nosniff");
			Writer writer = response.getReporter();
			if (writer != null) {
				writer.write(this.pages.apply(status));
				response.finishResponse();
			}
		}
		catch (IOException | IllegalStateException ex) {
			// The client is gone or the response cannot be written: nothing left to tell
		}
	}

}
