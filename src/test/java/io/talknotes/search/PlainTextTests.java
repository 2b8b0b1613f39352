package io.talknotes.search;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class PlainTextTests {

	@ParameterizedTest(name = "{0} reads {1}")
	@CsvSource(delimiterString = " => ", quoteCharacter = '\'', textBlock = """
			- Vitess (graduated) => Vitess (graduated)
			    * ML: 5k+ pods, 10k+ cores => ML: 5k+ pods, 10k+ cores
			12. Twelfth => Twelfth
			- [x] done => done
			### Scale ### => Scale
			> > quoted - not a list => quoted - not a list
			**35M** QPS, __bold__ and ~~gone~~ => 35M QPS, bold and gone
			*one* _two_ snake_case_name 2*3*4 => one two snake_case_name 2*3*4
			see [the docs](https://helm.sh/docs/) => see the docs
			![diagram](/img.png "Title") here => diagram here
			<https://vitess.io> and `kubectl get` => https://vitess.io and kubectl get
			| Lyft | 100k+ containers | => Lyft · 100k+ containers
			|---|:---:| => ''
			--- => ''
			```yaml => ''
			<b>typed</b> & kept => <b>typed</b> & kept
			\\*not emphasis\\* => *not emphasis*
			""")
	void aLineOfMarkdownReadsAsTheWordsItShows(String markdown, String plain) {
		assertThat(PlainText.of(markdown.strip())).isEqualTo(plain);
	}

	@ParameterizedTest
	@CsvSource(delimiterString = " => ", textBlock = """
			- one\\n- two => one\\ntwo
			""")
	void linesStayLines(String markdown, String plain) {
		assertThat(PlainText.of(markdown.replace("\\n", "\n"))).isEqualTo(plain.replace("\\n", "\n"));
	}

}
