using CsCheck;
using Proofread.Analysis;
using Proofread.Documents;
using Proofread.Lexicon.Terms;
using Xunit.Abstractions;

namespace Proofread.Lexicon.Tests.Terms;

/// <summary>The shipped term index (dictionaries/terms/terms.txt.gz) with the shipped thesaurus.</summary>
public sealed class ShippedTermsTests(ITestOutputHelper output)
{
    private static TermIndex Terms => TermIndex.LoadDefault();

    private static LexicalResources Lexicon => TermIndexTests.Lexicon;

    [Fact]
    public void The_shipped_index_holds_titles_and_lemmas()
    {
        Assert.Same(Terms, TermIndex.LoadDefault());
        Assert.Equal(84_600, Terms.Count);
        Assert.True(Terms.Contains("World Health Organization"));
        Assert.True(Terms.Contains("big data"));
        Assert.True(Terms.Contains("goat's rue"));
        Assert.True(Terms.Contains("United States of America"));
        Assert.False(Terms.Contains("genus Euterpe")); // taxonomic names are left out
        Assert.False(Terms.Contains("sitcom"));        // single words are left out
    }

    [Theory]
    [InlineData("World Wellbeing Corporation", "World Health Organization")]
    [InlineData("colossal information", "big data")]
    [InlineData("counterfeit consciousness", "artificial intelligence")]
    [InlineData("Joined Countries", "United Nations")]
    public void Motivating_examples_are_restored(string observed, string expected)
    {
        var matches = Terms.FindDistorted(observed.Split(' '), Lexicon, maxResults: 10);
        output.WriteLine(string.Join("\n", matches));
        Assert.Contains(expected, matches.Select(m => m.Term));
    }

    [Fact]
    public void A_shipped_term_is_never_a_distortion() =>
        Gen.Int[0, Terms.Count - 1].Sample(t =>
        {
            var term = Terms.Terms().ElementAt(t);
            Assert.True(Terms.Contains(term));
            Assert.Empty(Terms.FindDistorted(term.Split(' '), Lexicon));
        }, iter: 200);

    [Fact]
    public void Clean_prose_rarely_looks_like_a_distorted_term()
    {
        var (titleRuns, titleHits, content, contentHits, all, allHits) = (0, 0, 0, 0, 0, 0);
        var examples = new List<string>();
        var words = 0;
        foreach (var file in Directory.GetFiles(TestData.CleanEvalFolder(), "*.txt").Order(StringComparer.Ordinal))
        {
            var document = Document.FromPlainText(File.ReadAllText(file), file);
            words += document.WordCount;
            foreach (var sentence in document.Sentences)
            {
                var tokens = document.TokensOf(sentence).ToArray();
                for (var i = 0; i < tokens.Length; i++)
                {
                    for (var n = 2; n <= 3 && i + n <= tokens.Length; n++)
                    {
                        var span = tokens.AsSpan(i, n).ToArray();
                        if (!span.All(t => t.Kind == TokenKind.Word))
                        {
                            continue;
                        }

                        var text = span.Select(t => t.Text).ToArray();
                        var hit = Terms.FindDistorted(text, Lexicon).Count > 0;
                        all++;
                        allHits += hit ? 1 : 0;
                        if (span.All(t => !FunctionWords.Contains(t.Text)))
                        {
                            content++;
                            contentHits += hit ? 1 : 0;
                            if (hit && examples.Count < 40)
                            {
                                examples.Add(string.Join(' ', text) + " -> " + Terms.FindDistorted(text, Lexicon)[0].Term);
                            }
                        }
                    }
                }

                // Maximal runs of two or more capitalised words (a sentence's first word included).
                for (var i = 0; i < tokens.Length;)
                {
                    var j = i;
                    while (j < tokens.Length && tokens[j].Kind == TokenKind.Word && tokens[j].Case is LetterCase.Title or LetterCase.Upper)
                    {
                        j++;
                    }

                    if (j - i is >= 2 and <= 6)
                    {
                        titleRuns++;
                        var text = tokens[i..j].Select(t => t.Text).ToArray();
                        var found = Terms.FindDistorted(text, Lexicon);
                        titleHits += found.Count > 0 ? 1 : 0;
                        if (found.Count > 0)
                        {
                            examples.Add("[title] " + string.Join(' ', text) + " -> " + found[0].Term);
                        }
                    }

                    i = Math.Max(j, i + 1);
                }
            }
        }

        output.WriteLine($"{words} words; word bigrams+trigrams {allHits}/{all} = {100.0 * allHits / all:F2} %; "
            + $"content-word spans {contentHits}/{content} = {100.0 * contentHits / content:F2} %; "
            + $"title-case runs {titleHits}/{titleRuns}; content hits per 1,000 words {1000.0 * contentHits / words:F2}");
        output.WriteLine(string.Join("\n", examples));
        Assert.True(content > 5_000, $"only {content} content-word spans");
        Assert.True(contentHits <= content / 50, $"{contentHits} of {content} clean content-word spans match a term");
    }

    private static readonly HashSet<string> FunctionWords = new(
        ("a an the and or but nor of in on at to for from by with as into onto about over under than then that this these those "
        + "it its is are was were be been being has have had do does did not no so if which who whom whose what when where while "
        + "he she they we you i his her their our your my him them us me also such can could may might will would shall should must").Split(' '),
        StringComparer.OrdinalIgnoreCase);
}
