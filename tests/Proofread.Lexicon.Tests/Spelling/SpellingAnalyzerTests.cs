using Proofread.Documents;
using Proofread.Findings;
using Proofread.Lexicon.Hunspell;
using Proofread.Lexicon.Spelling;

namespace Proofread.Lexicon.Tests.Spelling;

public sealed class SpellingAnalyzerTests
{
    private static readonly HashSet<string> All = [SpellingAnalyzer.UnknownWord.Id, SpellingAnalyzer.RegionalVariant.Id];

    private static readonly Lazy<WordList> EnGb = new(() => WordList.CreateFromFiles(
        ProofreadData.Path("hunspell/en_GB.aff"), ProofreadData.Path("hunspell/en_GB.dic"), TestData.Frequencies));

    private static List<Finding> Run(string text, SpellingAnalyzer? analyzer = null) =>
        [.. (analyzer ?? new SpellingAnalyzer(TestData.EnUs)).Analyze(Document.FromPlainText(text), All)];

    [Fact]
    public void Flags_a_misspelling_with_its_exact_span_and_suggestions()
    {
        var findings = Run("We will recieve the parcel.");
        var f = Assert.Single(findings);
        Assert.Equal("spelling.unknown-word", f.Rule.Id);
        Assert.Equal(FindingCategory.Spelling, f.Category);
        Assert.Equal(8, f.Span.Start);
        Assert.Equal(7, f.Span.Length);
        Assert.Equal("recieve", f.Text);
        Assert.Equal("receive", f.BestSuggestion!.Text);
        Assert.Equal("Unknown word \"recieve\"; did you mean \"receive\"?", f.Message);
    }

    [Fact]
    public void Sentence_initial_misspellings_are_flagged_and_recased()
    {
        var f = Assert.Single(Run("Seperate the eggs."));
        Assert.Equal("Separate", f.BestSuggestion!.Text);
    }

    [Theory]
    [InlineData("We met Zorblax Quentaro in Vlorinda last week.")]
    [InlineData("The NATO and UNHCR reports agree.")]
    [InlineData("Apple sold the iPhone and the McWhatever.")]
    [InlineData("It weighs 5 kgs and costs 30 usd.")]
    [InlineData("See https://example.com/recieve-page for details.")]
    [InlineData("Write to someone@exampel.org today.")]
    [InlineData("Call the my_functoin helper in `recieve()` first.")]
    [InlineData("The 3rd and 21st entries and the 1990s were fine.")]
    public void Leaves_names_acronyms_numbers_urls_emails_and_code_alone(string text) =>
        Assert.Empty(Run(text));

    [Fact]
    public void A_name_opening_a_sentence_passes_when_the_text_uses_it_mid_sentence_too()
    {
        Assert.Empty(Run("Vlorinda is small. We flew to Vlorinda in May."));
        Assert.Equal(["Vlorinda"], Run("Vlorinda is small. We flew home in May.").Select(f => f.Text));
    }

    [Fact]
    public void User_words_are_accepted()
    {
        var analyzer = new SpellingAnalyzer(TestData.EnUs, userWords: ["proofreadr"]);
        Assert.Empty(Run("The proofreadr works.", analyzer));
        Assert.Single(Run("The proofreadr works."));
    }

    [Fact]
    public void British_spellings_are_variants_under_en_US_and_correct_under_en_GB()
    {
        var us = new SpellingAnalyzer(TestData.EnUs, EnGb.Value);
        var f = Assert.Single(Run("The colour is nice.", us));
        Assert.Equal("spelling.regional-variant", f.Rule.Id);
        Assert.Equal(Severity.Info, f.Severity);
        Assert.Equal("color", f.BestSuggestion!.Text);
        Assert.Empty(Run("The colour is nice.", new SpellingAnalyzer(EnGb.Value)));
    }

    [Theory]
    [InlineData("Counterterrorism and outmigration grew.")]
    [InlineData("The coup d'etat was de facto legal, as Smith et al noted.")]
    [InlineData("The 19th-century électrométallurgique works closed.")]
    public void Productive_prefixes_foreign_function_words_and_glued_numbers_pass(string text) =>
        Assert.Empty(Run(text, new SpellingAnalyzer(TestData.EnUs, morphology: Proofread.Lexicon.Morphology.WordMorphology.LoadDefault(TestData.EnUs))));

    [Fact]
    public void Wordnet_terms_pass_but_misspellings_do_not()
    {
        var analyzer = new SpellingAnalyzer(TestData.EnUs, morphology: Proofread.Lexicon.Morphology.WordMorphology.LoadDefault(TestData.EnUs));
        Assert.Empty(Run("The cryolite was sintered.", analyzer));
        Assert.Equal(["untill", "recieve"], Run("Wait untill we recieve it.", analyzer).Select(f => f.Text));
    }

    [Fact]
    public void Disabled_rules_report_nothing() =>
        Assert.Empty(new SpellingAnalyzer(TestData.EnUs).Analyze(Document.FromPlainText("recieve"), new HashSet<string>()));

    [Fact]
    public void Clean_prose_raises_at_most_two_flags_per_thousand_words()
    {
        var folder = TestData.CleanEvalFolder();
        var analyzer = new SpellingAnalyzer(TestData.EnUs, EnGb.Value, morphology: Proofread.Lexicon.Morphology.WordMorphology.LoadDefault(TestData.EnUs));
        var words = 0;
        var flagged = new List<string>();
        foreach (var file in Directory.GetFiles(folder, "*.txt").Order(StringComparer.Ordinal))
        {
            var document = Document.FromPlainText(File.ReadAllText(file), file);
            words += document.WordCount;
            flagged.AddRange(analyzer.Analyze(document, All).Where(f => f.Rule == SpellingAnalyzer.UnknownWord).Select(f => f.Text));
        }

        var perThousand = 1000.0 * flagged.Count / words;
        Assert.True(words > 10_000, $"only {words} words of clean prose");
        Assert.True(perThousand <= 2.0, $"{perThousand:F2} flags per 1,000 words: {string.Join(", ", flagged)}");
    }
}
