package io.talknotes.note;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.commonmark.node.Image;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * Renders a note's images of other sites as links to them. Pages may only load images of
 * Talknotes itself (the Content-Security-Policy says so, so that reading a note tells no
 * other site who read it), and an image the browser refuses would show as a broken
 * picture; a link with the image's description shows where it is instead.
 */
final class ImagesOfOtherSites implements NodeRenderer {

	/** An address with a scheme ("https:") or a host ("//"): not a page of Talknotes. */
	private static final Pattern ELSEWHERE = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.-]*:|//).*", Pattern.DOTALL);

	private final HtmlNodeRendererContext context;

	private final HtmlWriter html;

	ImagesOfOtherSites(HtmlNodeRendererContext context) {
		this.context = context;
		this.html = context.getWriter();
	}

	@Override
	public Set<Class<? extends Node>> getNodeTypes() {
		return Set.of(Image.class);
	}

	@Override
	public void render(Node node) {
		Image image = (Image) node;
		String address = this.context.encodeUrl(image.getDestination());
		Map<String, String> attributes = new LinkedHashMap<>();
		if (!ELSEWHERE.matcher(image.getDestination()).matches()) {
			attributes.put("src", address);
			attributes.put("alt", description(image));
			this.html.tag("img", attributes, true);
			return;
		}
		attributes.put("href", address);
		this.html.tag("a", attributes);
		String description = description(image);
		this.html.text(description.isBlank() ? image.getDestination() : description);
		this.html.tag("/a");
	}

	private static String description(Node node) {
		StringBuilder text = new StringBuilder();
		for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
			text.append((child instanceof Text literal) ? literal.getLiteral() : description(child));
		}
		return text.toString();
	}

}
