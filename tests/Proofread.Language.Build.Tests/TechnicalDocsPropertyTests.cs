using AngleSharp.Html.Parser;
using CsCheck;
using Proofread.Language.Text;

namespace Proofread.Language.Build.Tests;

public sealed class TechnicalDocsPropertyTests : IDisposable
{
    // Mostly plain words, with a few tokens that exercise every other clause of the filter
    // spliced in, so that both answers are common (see Generated_sentences_cover_both_answers).
    private static readonly Gen<string> Plain = Gen.Frequency(
        (12, Gen.OneOf("data", "set", "source", "code", "well-known", "o'clock", "users", "the", "of", "runs")),
        (2, Gen.OneOf("n't", "'s", "'ll", "'S", "N'T")),
        (2, Gen.OneOf(",", "3", "1990")));

    private static readonly Gen<string[]> Spice = Gen.Frequency(
        (3, Gen.OneOf<string[]>(["3.5"], ["1,000"], ["v2"], ["caf\u00e9"], [";"], [":"], ["--"], ["\""], ["'"], ["..."], ["("], [")"], ["(", ")"])),
        (2, Gen.OneOf<string[]>(["%"], ["/"], ["a/b"], ["x_y"], ["="], ["{"], ["}"], ["\\"], ["<"], [">"], ["@"], ["#"], ["$"], ["*"], ["|"], ["~"], ["^"], ["+"], ["`"])),
        (2, Gen.OneOf<string[]>(["["], ["]"], ["[", "1", "]"], ["[", "12", "]"], ["[", "a", "]"], ["[", "]"])),
        (2, Gen.OneOf<string[]>(["os.path"], ["e.g."], ["U.S."], ["np.array"], ["i.e."])));

    private static readonly Gen<List<string>> Sentence = Gen.Select(
        Gen.Frequency((6, Gen.OneOf("The", "Each", "Data", "Users")), (1, Gen.OneOf("(", "\"", "the", "[", "'", "3"))),
        Plain.Array[0, 82],
        Gen.Select(Gen.Int[0, 1000], Spice).Array[0, 3],
        Gen.Frequency((6, Gen.OneOf(".", "!", "?")), (1, Gen.OneOf(")", "\"", ":", "...", "word"))),
        (first, middle, spice, last) =>
        {
            var tokens = new List<string> { first };
            tokens.AddRange(middle);
            foreach (var (at, inserted) in spice)
            {
                tokens.InsertRange(1 + (at % tokens.Count), inserted);
            }

            tokens.Add(last);
            return tokens;
        });

    // Invented sentences: prose, non-prose, and prose made bad by inline code.
    private static readonly Gen<string> Text = Gen.OneOf(
        "The ledger service keeps every record in a single folder.",
        "Each worker reads the queue before it starts a new batch.",
        "Backups run at night when the network is quiet.",
        "Run the <code>ledger</code> command to list every record.",
        "Then give it <code>x = 1</code> to change the default value.",
        "Set the value of <code>os.path</code> first.",
        "This one is short.",
        "the lower case start makes this sentence fail the filter.",
        "About 40 % of the users saw the new page.",
        "Type <kbd>make install</kbd> to copy the files into place.",
        "Some text without an end");

    private static readonly Gen<string> Block = Gen.Select(
        Gen.OneOf("<p>{0}</p>", "<li>{0}</li>", "<div class=\"para\">{0}</div>", "<pre>{0}</pre>", "<table><tr><td><p>{0}</p></td></tr></table>",
            "<nav><p>{0}</p></nav>", "<li><p>{0}</p></li>", "<h2>{0}</h2>", "<dl><dt><p>{0}</p></dt></dl>", "<p class=\"caption\">{0}</p>"),
        Text.Array[1, 3],
        (wrapper, texts) => string.Format(System.Globalization.CultureInfo.InvariantCulture, wrapper, string.Join(' ', texts)));

    private static readonly Gen<string> Page = Block.Array[0, 8].Select(blocks => $"<html><body><div role=\"main\">{string.Concat(blocks)}</div></body></html>");

    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void The_filter_is_the_readme_rule()
    {
        Sentence.Sample(
            tokens => Assert.Equal(ReadmeFilter.IsProse(tokens), TechnicalDocs.IsProse(tokens)),
            iter: 10_000,
            print: tokens => string.Join(' ', tokens));
    }

    [Fact]
    public void Generated_sentences_cover_both_answers()
    {
        // Guards the property above against a generator that only ever produces rejects.
        var accepted = 0;
        var rejected = 0;
        Sentence.Sample(tokens => { _ = TechnicalDocs.IsProse(tokens) ? accepted++ : rejected++; }, iter: 2_000, threads: 1);
        Assert.True(accepted > 100, $"{accepted} accepted");
        Assert.True(rejected > 100, $"{rejected} rejected");
    }

    [Fact]
    public void Every_extracted_sentence_passes_the_filter_once_and_extraction_is_deterministic()
    {
        var parser = new HtmlParser();
        Page.Sample(
            html =>
            {
                var file = _dir.Write(Guid.NewGuid().ToString("N") + ".html", html);
                var first = TechnicalDocs.Document(parser, file, new HashSet<string>(StringComparer.Ordinal));
                var again = TechnicalDocs.Document(parser, file, new HashSet<string>(StringComparer.Ordinal));
                var joined = first.Select(s => string.Join(' ', s)).ToList();

                Assert.Equal(joined, again.Select(s => string.Join(' ', s)));
                Assert.Equal(joined.Count, joined.Distinct(StringComparer.Ordinal).Count());
                Assert.All(first, s => Assert.True(ReadmeFilter.IsProse(s), string.Join(' ', s)));
                Assert.DoesNotContain(joined, s => s.Contains("Xqqcodeqqx", StringComparison.Ordinal));
            },
            iter: 150);
    }

    [Fact]
    public void Pages_read_in_either_order_give_the_same_sentences_each_once()
    {
        var parser = new HtmlParser();
        Gen.Select(Page, Page).Sample(
            (a, b) =>
            {
                var fileA = _dir.Write(Guid.NewGuid().ToString("N") + ".html", a);
                var fileB = _dir.Write(Guid.NewGuid().ToString("N") + ".html", b);
                List<string> Read(string first, string second)
                {
                    var seen = new HashSet<string>(StringComparer.Ordinal);
                    return [.. TechnicalDocs.Document(parser, first, seen).Concat(TechnicalDocs.Document(parser, second, seen)).Select(s => string.Join(' ', s))];
                }

                var forward = Read(fileA, fileB);
                var backward = Read(fileB, fileA);
                Assert.Equal(forward.Count, forward.Distinct(StringComparer.Ordinal).Count());
                Assert.Equal(forward.Order(StringComparer.Ordinal), backward.Order(StringComparer.Ordinal));
            },
            iter: 100);
    }

    [Fact]
    public void An_extracted_sentence_is_a_sentence_of_its_block_text()
    {
        // Only whole sentences of the text are taken, never pieces glued across blocks.
        var parser = new HtmlParser();
        Gen.Select(Gen.OneOf("p", "li"), Text.Array[1, 4]).Sample(
            (element, texts) =>
            {
                var html = $"<html><body><main>{string.Concat(texts.Select(t => $"<{element}>{t}</{element}>"))}</main></body></html>";
                var file = _dir.Write(Guid.NewGuid().ToString("N") + ".html", html);
                var plain = texts.Select(t => parser.ParseFragment(t, null!).Aggregate(string.Empty, (acc, n) => acc + n.TextContent));
                var expected = plain.SelectMany(CorpusTokenizer.Sentences).Select(s => string.Join(' ', s)).ToHashSet(StringComparer.Ordinal);
                Assert.All(TechnicalDocs.Document(parser, file, new HashSet<string>(StringComparer.Ordinal)), s => Assert.Contains(string.Join(' ', s), expected));
            },
            iter: 100);
    }
}
