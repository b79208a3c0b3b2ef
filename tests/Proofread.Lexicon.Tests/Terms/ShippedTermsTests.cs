using CsCheck;
using Proofread.Analysis;
using Proofread.Documents;
using Proofread.Lexicon.Terms;
using Xunit.Abstractions;

namespace Proofread.Lexicon.Tests.Terms;

/// <summary>The shipped term index (dictionaries/terms/terms.bin.gz) with the shipped thesaurus.</summary>
public sealed class ShippedTermsTests(ITestOutputHelper output)
{
    private static TermIndex Terms => TermIndex.LoadDefault();

    private static LexicalResources Lexicon => TestData.Lexicon;

    [Fact]
    public void The_shipped_index_holds_titles_and_lemmas()
    {
        Assert.Same(Terms, TermIndex.LoadDefault());
        Assert.Equal(92_904, Terms.Count);
        Assert.True(Terms.Contains("World Health Organization"));
        Assert.True(Terms.Contains("big data"));
        Assert.True(Terms.Contains("goat's rue"));
        Assert.True(Terms.Contains("United States of America"));
        Assert.False(Terms.Contains("genus Euterpe")); // taxonomic names are left out
        Assert.False(Terms.Contains("sitcom"));        // single words are left out
    }

    [Theory]
    [InlineData("machine learning", "vf")]
    [InlineData("segmentation fault", "f")]
    [InlineData("access control list", "vf")]
    [InlineData("blood pressure", "wn")]
    [InlineData("adobe illustrator", "w")] // a vendor's product: V.E.R.A. notes "(Adobe)"
    [InlineData("apple ii", "w")]          // a numbered model: FOLDOC's entry is left out
    [InlineData("american association for artificial intelligence", "")] // a body, and 5 words
    public void Technical_glossaries_add_terms_and_leave_names_out(string term, string sourceLetters) =>
        Assert.Equal(sourceLetters, TermIndex.SourceLetters(Terms.SourcesOf(term)));

    [Theory]
    [InlineData("World Wellbeing Corporation", "World Health Organization")]
    [InlineData("colossal information", "big data")]
    [InlineData("counterfeit consciousness", "artificial intelligence")]
    [InlineData("Joined Countries", "United Nations")]
    public void Motivating_examples_are_restored_first(string observed, string expected)
    {
        var matches = Terms.FindDistorted(observed.Split(' '), Lexicon, maxResults: 10);
        output.WriteLine(string.Join("\n", matches));
        Assert.Equal(expected, matches[0].Term);
    }

    [Fact]
    public void Parallel_queries_agree_with_sequential_ones()
    {
        string[][] spans =
        [
            ["World", "Wellbeing", "Corporation"], ["colossal", "information"], ["counterfeit", "consciousness"],
            ["Joined", "Countries"], ["legislative", "election"], ["the", "cat"], ["Big", "Data"],
        ];
        var expected = spans.Select(s => Terms.FindDistorted(s, Lexicon, maxResults: 5)).ToArray();
        var results = new IReadOnlyList<TermMatch>[spans.Length * 50];
        Parallel.For(0, results.Length, k => results[k] = Terms.FindDistorted(spans[k % spans.Length], Lexicon, maxResults: 5));
        for (var k = 0; k < results.Length; k++)
        {
            Assert.Equal(expected[k % spans.Length], results[k]);
        }
    }

    [Fact]
    public void A_shipped_term_is_never_a_distortion() =>
        Gen.Int[0, Terms.Count - 1].Sample(t =>
        {
            var term = Terms.Terms().ElementAt(t);
            Assert.True(Terms.Contains(term), term);
            var tokens = Proofread.Analysis.Tokenizer.Tokenize(term).Select(token => token.Text).ToArray();
            Assert.Empty(Terms.FindDistorted(tokens, Lexicon));
        }, iter: 200);

    /// <summary>
    /// How often spans of clean prose look like a distorted term: with every thesaurus pair
    /// (floor 0) about a third of the content-word bigrams and trigrams do (34.0 % with the
    /// technical glossaries, 33.2 % without), so a match is a candidate, not a verdict; a floor of
    /// 0.4 leaves 1.7 %. Bounds guard the measured figures.
    /// </summary>
    [Theory]
    [InlineData(0f, 0.36, 0.12)]
    [InlineData(0.4f, 0.025, 0.01)]
    public void Clean_prose_matches_terms_at_a_measured_rate(float floor, double maxContentRate, double maxTitleRate)
    {
        var (content, contentHits, titleRuns, titleHits, words) = (0, 0, 0, 0, 0);
        var examples = new List<string>();
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
                        var text = tokens[i..(i + n)].Where(t => t.Kind == TokenKind.Word && !FunctionWords.Contains(t.Text)).Select(t => t.Text).ToArray();
                        if (text.Length == n)
                        {
                            var found = Terms.FindDistorted(text, Lexicon, minStrength: floor);
                            content++;
                            contentHits += found.Count > 0 ? 1 : 0;
                            if (found.Count > 0 && examples.Count < 30)
                            {
                                examples.Add(string.Join(' ', text) + " -> " + found[0]);
                            }
                        }
                    }
                }

                // Maximal runs of 2-6 capitalised words (a sentence's first word included).
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
                        titleHits += Terms.FindDistorted(tokens[i..j].Select(t => t.Text).ToArray(), Lexicon, minStrength: floor).Count > 0 ? 1 : 0;
                    }

                    i = Math.Max(j, i + 1);
                }
            }
        }

        output.WriteLine($"floor {floor}: {words} words; content-word bigrams+trigrams {contentHits}/{content} = {100.0 * contentHits / content:F2} %; "
            + $"title-case runs {titleHits}/{titleRuns} = {100.0 * titleHits / titleRuns:F2} %");
        output.WriteLine(string.Join("\n", examples));
        Assert.True(content > 5_000 && titleRuns > 500, $"only {content} content-word spans, {titleRuns} title-case runs");
        Assert.InRange((double)contentHits / content, 0, maxContentRate);
        Assert.InRange((double)titleHits / titleRuns, 0, maxTitleRate);
    }

    private static readonly HashSet<string> FunctionWords = new(
        ("a an the and or but nor of in on at to for from by with as into onto about over under than then that this these those "
        + "it its is are was were be been being has have had do does did not no so if which who whom whose what when where while "
        + "he she they we you i his her their our your my him them us me also such can could may might will would shall should must").Split(' '),
        StringComparer.OrdinalIgnoreCase);
}
