namespace Proofread.Language.Build.Tests;

// The extraction rules of corpora/README.md, "Technical prose (Debian manuals)", paragraph
// "Extraction", one rule per test. The prose is invented for these fixtures.
public sealed class TechnicalDocsExtractionTests : IDisposable
{
    private const string Ledger = "The ledger service keeps every record in a single folder.";
    private const string LedgerTokens = "The ledger service keeps every record in a single folder .";
    private const string Worker = "Each worker reads the queue before it starts a new batch.";
    private const string WorkerTokens = "Each worker reads the queue before it starts a new batch .";

    private readonly Pages _pages = new();

    public void Dispose() => _pages.Dispose();

    // ---- which element is the page's main content ----

    [Fact]
    public void Role_main_wins_over_main_and_body()
    {
        var sentences = _pages.Extract($"""
            <html><body>
            <p>Backups run at night when the network is quiet.</p>
            <main><p>A short summary appears at the top of every report.</p></main>
            <div role="main"><p>{Ledger}</p></div>
            </body></html>
            """);

        Assert.Equal([LedgerTokens], sentences);
    }

    [Fact]
    public void Main_element_wins_over_body()
    {
        var sentences = _pages.Extract($"""
            <html><body>
            <p>Backups run at night when the network is quiet.</p>
            <main><p>{Worker}</p></main>
            </body></html>
            """);

        Assert.Equal([WorkerTokens], sentences);
    }

    [Fact]
    public void Body_is_read_when_there_is_no_main_element()
    {
        var sentences = _pages.Extract($"<html><head><title>{Worker}</title></head><body><p>{Ledger}</p></body></html>");

        Assert.Equal([LedgerTokens], sentences);
    }

    // ---- dropped elements: a prose sentence inside each one is not taken ----

    [Theory]
    [InlineData("<pre><div class=\"para\">{0}</div></pre>")]
    [InlineData("<div class=\"highlight\"><p>{0}</p></div>")]
    [InlineData("<table><tr><td><p>{0}</p></td></tr></table>")]
    [InlineData("<div class=\"math\"><p>{0}</p></div>")]
    [InlineData("<nav><p>{0}</p></nav>")]
    [InlineData("<header><p>{0}</p></header>")]
    [InlineData("<footer><p>{0}</p></footer>")]
    [InlineData("<div class=\"footer\"><p>{0}</p></div>")]
    [InlineData("<div class=\"navheader\"><p>{0}</p></div>")]
    [InlineData("<div class=\"navfooter\"><p>{0}</p></div>")]
    [InlineData("<div class=\"toc\"><ul><li>{0}</li></ul></div>")]
    [InlineData("<div class=\"related\"><ul><li>{0}</li></ul></div>")]
    [InlineData("<div class=\"sphinxsidebar\"><p>{0}</p></div>")]
    [InlineData("<dl><dt><div class=\"para\">{0}</div></dt><dd>x</dd></dl>")]
    [InlineData("<p class=\"admonition-title\">{0}</p>")]
    [InlineData("<p class=\"caption\">{0}</p>")]
    [InlineData("<p class=\"rubric\">{0}</p>")]
    [InlineData("<figure><img src=\"a.png\" alt=\"\"><figcaption><p>{0}</p></figcaption></figure>")]
    public void Dropped_element_gives_no_sentence(string wrapper)
    {
        var sentences = _pages.ExtractMain(string.Format(System.Globalization.CultureInfo.InvariantCulture, wrapper, Ledger) + $"<p>{Worker}</p>");

        Assert.Equal([WorkerTokens], sentences);
    }

    [Theory]
    [InlineData("<span class=\"math\">\\(x^2\\)</span>")]
    [InlineData("<math><mi>x</mi></math>")]
    [InlineData("<sup>[4]</sup>")]
    [InlineData("<img src=\"plot.png\" alt=\"a plot of the data\">")]
    [InlineData("<a class=\"headerlink\" href=\"#s\">¶</a>")]
    public void Dropped_inline_element_leaves_the_rest_of_its_sentence(string inline)
    {
        var sentences = _pages.ExtractMain($"<p>The growth of the curve {inline} stays slow for small inputs.</p>");

        Assert.Equal(["The growth of the curve stays slow for small inputs ."], sentences);
    }

    [Fact]
    public void Code_block_inside_a_list_item_is_dropped_before_the_item_is_read()
    {
        // Without the pre removed, "run the tool now" would continue the sentence and spoil it.
        var sentences = _pages.ExtractMain($"<ul><li>{Ledger} <pre>run the tool now</pre></li></ul>");

        Assert.Equal([LedgerTokens], sentences);
    }

    // ---- which blocks are read ----

    [Fact]
    public void Paragraphs_docbook_paras_and_plain_list_items_are_read_in_document_order()
    {
        var sentences = _pages.ExtractMain($"""
            <div class="para">{Worker}</div>
            <ul><li>Backups run at night when the network is quiet.</li></ul>
            <p>{Ledger}</p>
            """);

        Assert.Equal([WorkerTokens, "Backups run at night when the network is quiet .", LedgerTokens], sentences);
    }

    [Fact]
    public void Other_elements_are_not_read()
    {
        var sentences = _pages.ExtractMain($"""
            <h2>{Worker}</h2>
            <div>{Ledger}</div>
            <span>Backups run at night when the network is quiet.</span>
            <blockquote>A short summary appears at the top of every report.</blockquote>
            """);

        Assert.Empty(sentences);
    }

    [Fact]
    public void List_item_with_paragraphs_is_read_through_its_paragraphs_only()
    {
        // The item's own text outside its paragraph is not read (nor read twice).
        var sentences = _pages.ExtractMain($"<ul><li>{Worker}<p>{Ledger}</p></li></ul>");

        Assert.Equal([LedgerTokens], sentences);
    }

    [Fact]
    public void Docbook_para_with_a_list_inside_is_read_through_its_list_items()
    {
        var sentences = _pages.ExtractMain($"<div class=\"para\">{Worker}<div class=\"itemizedlist\"><ul><li><div class=\"para\">{Ledger}</div></li></ul></div></div>");

        Assert.Equal([LedgerTokens], sentences);
    }

    [Fact]
    public void List_item_with_a_nested_list_is_read_through_the_nested_items()
    {
        var sentences = _pages.ExtractMain($"<ul><li>{Worker}<ul><li>{Ledger}</li></ul></li></ul>");

        Assert.Equal([LedgerTokens], sentences);
    }

    [Fact]
    public void Sentences_do_not_run_across_blocks()
    {
        // Together they would make one prose sentence; each block alone is not one.
        var sentences = _pages.ExtractMain("<p>The first block of this page ends</p><p>and the second block finishes the thought.</p>");

        Assert.Empty(sentences);
    }

    [Fact]
    public void Source_line_breaks_and_indentation_are_spaces()
    {
        var sentences = _pages.ExtractMain("<p>\n    The ledger service\n      keeps every record\n\n    in a single folder.\n</p>");

        Assert.Equal([LedgerTokens], sentences);
    }

    [Fact]
    public void A_paragraph_gives_each_of_its_prose_sentences()
    {
        var sentences = _pages.ExtractMain($"<p>{Ledger} It is short. {Worker}</p>");

        Assert.Equal([LedgerTokens, WorkerTokens], sentences);
    }

    // ---- inline code ----

    [Theory]
    [InlineData("code")]
    [InlineData("kbd")]
    [InlineData("samp")]
    [InlineData("tt")]
    [InlineData("var")]
    [InlineData("span class=\"pre\"")]
    [InlineData("em class=\"replaceable\"")]
    [InlineData("span class=\"guilabel\"")]
    public void Inline_code_of_one_or_two_plain_words_stays_as_words(string element)
    {
        var close = element.Split(' ')[0];
        var sentences = _pages.ExtractMain($"""
            <p>Use the <{element}>ledger</{close}> command to list every record.</p>
            <p>Then type <{element}>make install</{close}> to copy the files.</p>
            """);

        Assert.Equal(
            ["Use the ledger command to list every record .", "Then type make install to copy the files ."],
            sentences);
    }

    [Theory]
    [InlineData("code")]
    [InlineData("kbd")]
    [InlineData("samp")]
    [InlineData("tt")]
    [InlineData("var")]
    [InlineData("span class=\"pre\"")]
    [InlineData("em class=\"replaceable\"")]
    [InlineData("span class=\"guilabel\"")]
    public void Longer_inline_code_drops_its_sentence_only(string element)
    {
        var close = element.Split(' ')[0];
        var sentences = _pages.ExtractMain($"<p>{Ledger} Then type <{element}>make all install</{close}> to copy the files. {Worker}</p>");

        Assert.Equal([LedgerTokens, WorkerTokens], sentences);
    }

    [Theory]
    [InlineData("x = 1")]
    [InlineData("--force")]
    [InlineData("os.path")]
    [InlineData("/etc/ledger")]
    [InlineData("3")]
    [InlineData("")]
    public void Inline_code_that_is_not_plain_words_drops_its_sentence(string code)
    {
        var sentences = _pages.ExtractMain($"<p>Then give it <code>{code}</code> to change the default value.</p><p>{Ledger}</p>");

        Assert.Equal([LedgerTokens], sentences);
    }

    [Fact]
    public void Sphinx_inline_literal_split_into_pre_spans_is_judged_as_a_whole()
    {
        var sentences = _pages.ExtractMain("""
            <p>Run <code class="docutils literal notranslate"><span class="pre">git</span> <span class="pre">status</span></code> to see the state of the tree.</p>
            <p>Run <code class="docutils literal notranslate"><span class="pre">git</span> <span class="pre">add</span> <span class="pre">all</span></code> to stage every changed file.</p>
            """);

        Assert.Equal(["Run git status to see the state of the tree ."], sentences);
    }

    // ---- de-duplication ----

    [Fact]
    public void A_sentence_already_taken_on_the_page_is_not_taken_again()
    {
        var sentences = _pages.ExtractMain($"<p>{Ledger}</p><ul><li>{Ledger}</li></ul><p>{Worker} {Ledger}</p>");

        Assert.Equal([LedgerTokens, WorkerTokens], sentences);
    }

    [Fact]
    public void A_sentence_taken_from_an_earlier_page_is_not_taken_again()
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var first = _pages.ExtractMain($"<p>{Ledger}</p>", seen);
        var second = _pages.ExtractMain($"<p>{Worker}</p><p>{Ledger}</p>", seen);

        Assert.Equal([LedgerTokens], first);
        Assert.Equal([WorkerTokens], second);
        Assert.Equal([WorkerTokens, LedgerTokens], seen.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Rejected_sentences_are_not_remembered()
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        _pages.ExtractMain("<p>This one is short.</p><p>the ledger service keeps every record in a single folder.</p>", seen);

        Assert.Empty(seen);
    }

    [Fact]
    public void Identical_text_differing_only_in_case_is_a_different_sentence()
    {
        var sentences = _pages.ExtractMain($"<p>{Ledger}</p><p>The Ledger Service keeps every record in a single folder.</p>");

        Assert.Equal([LedgerTokens, "The Ledger Service keeps every record in a single folder ."], sentences);
    }

    [Fact]
    public void Typography_is_normalised_before_splitting()
    {
        var sentences = _pages.ExtractMain("<p>The tool\u2019s cache\u2014a small folder\u2014holds \u201Cevery\u201D record.</p>");

        Assert.Equal(["The tool 's cache -- a small folder -- holds \" every \" record ."], sentences);
    }
}
