using System.Globalization;
using CsCheck;
using Proofread.Text;

namespace Proofread.Documents.Tests;

public class MarkdownPropertyTests
{
    // Fragments that combine into every construct the extractor handles, and into broken ones.
    private static readonly Gen<string> Fragment = Gen.Frequency(
        (10, Gen.OneOf("word", "Two words", "x", "é", "😀", ".", ",", " ", "  ", "\t")),
        (6, Gen.OneOf("\n", "\r\n", "\r", "\n\n", "\r\n\r\n")),
        (4, Gen.OneOf("# ", "## ", "> ", "- ", "* ", "+ ", "1. ", "2) ", "    ", "===", "---", "***", "+++")),
        (4, Gen.OneOf("*", "**", "_", "__", "~~", "`", "``", "```", "~~~", "\\", "\\*", "&amp;", "&#33;", "&")),
        (4, Gen.OneOf("[", "]", "(", ")", "![", "[t](u)", "[t][r]", "[r]: /u", "<", ">", "<b>", "</b>", "<!--", "-->", "<div>", "\"t\"")),
        (3, Gen.OneOf("|", " | ", "|---|", "|:-:|", "http://a.io/x", "www.b.io", "<http://c.io>", "mailto:d@e.io", "<f@g.io>")));

    private static readonly Gen<string> Markdown = Fragment.Array[0, 60].Select(string.Concat);

    [Fact]
    public void Random_markdown_keeps_every_invariant()
    {
        Markdown.Sample(source => MarkdownInvariants.Check(source, MarkdownProse.Extract(source)), iter: 3000, print: Escape);
    }

    [Fact]
    public void Random_markdown_with_front_matter_keeps_every_invariant()
    {
        var frontMatter = Gen.OneOf("---\ntitle: x\n---\n", "---\r\na: 1\r\n---\r\n", "+++\na = 1\n+++\n", "+++\r\nb = 2\r\n+++\r\n", "---\nunclosed\n", "+++\nunclosed\n");
        Gen.Select(frontMatter, Markdown, (f, m) => f + m)
            .Sample(source => MarkdownInvariants.Check(source, MarkdownProse.Extract(source)), iter: 1000, print: Escape);
    }

    [Fact]
    public void Text_without_markup_is_all_prose()
    {
        var plain = Gen.OneOf("Word", "two words", "é", "😀", ".", ",", " ").Array[0, 30].Select(parts => "Start " + string.Concat(parts));
        plain.Sample(text =>
        {
            var layout = MarkdownProse.Extract(text);
            Assert.Equal(text, layout.ProseText);
            if (!string.IsNullOrWhiteSpace(text))
            {
                Assert.Equal(text.Trim(), text[layout.Blocks.Single().Start..layout.Blocks.Single().End]);
            }
        }, iter: 500);
    }

    // A marked word ({0}) placed in constructs that must hide it, or show it, among ordinary prose.
    private static readonly string[] HidingTemplates =
    [
        "`{0}`", "``a {0} b``", "<http://{0}.io>", "https://{0}.io/x", "www.{0}.io", "![{0}](u)", "![a]({0})",
        "[text]({0})", "[text](u \"{0}\")", "<!-- {0} -->", "<b title=\"{0}\">", "\n\n```\n{0}\n```\n\n",
        "\n\n    {0}\n\n", "\n\n<div>\n{0}\n</div>\n\n", "\n\n[{0}]: http://r.io\n\n",
    ];

    private static readonly string[] ShowingTemplates =
    [
        "{0}", "*{0}*", "**{0}**", "_{0}_", "~~{0}~~", "[{0}](u)", "[{0}][]\n\n[{0}]: /u\n", "\n\n# {0}\n\n",
        "\n\n> {0}\n\n", "\n\n- {0}\n\n", "\n\n1. {0}\n\n", "\n\n| {0} | b |\n|--|--|\n| c | d |\n\n",
        "\n\n{0}\n===\n\n",
    ];

    private static readonly Gen<string> Marked = Gen.String[Gen.Char["QZXJ"], 1, 6];

    private static readonly Gen<string> Prose = Gen.OneOf("word", "other words", "a.", "b,").Array[1, 4].Select(parts => string.Join(' ', parts));

    [Fact]
    public void Words_in_masked_constructs_never_reach_the_prose()
    {
        Gen.Select(Prose, Gen.OneOf(HidingTemplates), Marked, Prose).Sample((before, template, marked, after) =>
        {
            var source = before + " " + string.Format(CultureInfo.InvariantCulture, template, marked) + " " + after;
            var layout = MarkdownProse.Extract(source);
            MarkdownInvariants.Check(source, layout);
            Assert.True(layout.ProseText.AsSpan().IndexOfAny("QZXJ") < 0, $"'{marked}' leaked from {template}: [{layout.ProseText}]");
            Assert.StartsWith(before, layout.ProseText, StringComparison.Ordinal);
            Assert.EndsWith(after, layout.ProseText, StringComparison.Ordinal);
        }, iter: 1000, print: t => Escape(t.ToString()));
    }

    [Fact]
    public void Words_in_prose_constructs_reach_the_prose_at_their_offset()
    {
        Gen.Select(Prose, Gen.OneOf(ShowingTemplates), Marked, Prose).Sample((before, template, marked, after) =>
        {
            var prefix = before + " ";
            var source = prefix + string.Format(CultureInfo.InvariantCulture, template, marked) + " " + after;
            var at = source.IndexOf(marked, prefix.Length, StringComparison.Ordinal);
            var layout = MarkdownProse.Extract(source);
            MarkdownInvariants.Check(source, layout);
            Assert.Equal(marked, layout.ProseText.Substring(at, marked.Length));
            Assert.Contains(layout.Blocks, block => block.Contains(new TextSpan(at, marked.Length)));
        }, iter: 1000, print: t => Escape(t.ToString()));
    }

    [Fact]
    public void Extraction_is_safe_to_run_in_parallel()
    {
        var sources = Markdown.Array[200].Single();
        var expected = sources.Select(MarkdownProse.Extract).ToArray();
        var actual = new ProseLayout[sources.Length];
        Parallel.For(0, sources.Length, i => actual[i] = MarkdownProse.Extract(sources[i]));
        for (var i = 0; i < sources.Length; i++)
        {
            Assert.Equal(expected[i].ProseText, actual[i].ProseText);
            Assert.Equal(expected[i].Blocks.ToArray(), actual[i].Blocks.ToArray());
        }
    }

    // Failing inputs are printed with line breaks and tabs visible.
    private static string Escape(string text) =>
        text.Replace("\r", "\\r", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal).Replace("\t", "\\t", StringComparison.Ordinal);

    [Fact]
    public void A_one_megabyte_single_line_of_styled_text_is_cut_at_sentence_ends()
    {
        // 60,000 emphasis markers in one paragraph: Markdig would take minutes, so it is parsed in pieces.
        var text = string.Concat(Enumerable.Repeat("Spun words *here* and `code` there. ", 30_000));
        var layout = MarkdownProse.Extract(text);
        MarkdownInvariants.Check(text, layout);
        Assert.Equal(0, layout.Blocks[0].Start);
        Assert.Equal(text.Length - 1, layout.Blocks[^1].End);
        Assert.All(layout.Blocks, block => Assert.Equal('.', text[block.End - 1]));
        Assert.All(layout.Blocks, block => Assert.StartsWith("Spun words", text[block.Start..], StringComparison.Ordinal));
        Assert.DoesNotContain("`", layout.ProseText, StringComparison.Ordinal);
        Assert.DoesNotContain("*", layout.ProseText, StringComparison.Ordinal);
        Assert.DoesNotContain("code", layout.ProseText, StringComparison.Ordinal);
    }

    [Fact]
    public void A_one_megabyte_single_line_of_plain_text_is_one_block()
    {
        var text = string.Concat(Enumerable.Repeat("Plain words and `code` there. ", 35_000));
        var layout = MarkdownProse.Extract(text);
        Assert.Equal(TextSpan.FromBounds(0, text.Length - 1), layout.Blocks.Single());
        Assert.DoesNotContain("code", layout.ProseText, StringComparison.Ordinal);
    }

    [Fact]
    public void A_paragraph_with_hundreds_of_emphasis_spans_stays_one_block()
    {
        var text = string.Concat(Enumerable.Repeat("Some *styled* words. ", 400)).TrimEnd();
        var layout = MarkdownProse.Extract(text);
        Assert.Equal(TextSpan.FromBounds(0, text.Length), layout.Blocks.Single());
        Assert.Equal(text.Replace('*', ' '), layout.ProseText);
    }

    [Fact]
    public void Deep_nesting_does_not_crash()
    {
        foreach (var source in new[]
        {
            new string('>', 5_000) + " deep",
            string.Concat(Enumerable.Repeat("- ", 2_000)) + "deep",
            new string('[', 8_000) + "x" + new string(']', 8_000),
            new string('*', 20_000) + "x" + new string('*', 20_000),
            string.Concat(Enumerable.Repeat("<", 20_000)),
        })
        {
            MarkdownInvariants.Check(source, MarkdownProse.Extract(source));
        }
    }
}
