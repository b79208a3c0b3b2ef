using Proofread.Analyzers.Phrasebook;
using Proofread.Documents;
using Proofread.Findings;

namespace Proofread.Analyzers.Tests.Phrasebook;

public sealed class PhraseMatcherTests
{
    private const string Book = """
        # test book
        irregular woodland	random forest	test note	tests
        counterfeit consciousness	artificial intelligence|machine intelligence|AI	tortured	tests
        world wellbeing	world health	short	tests
        world wellbeing corporation	World Health Organization	name	tests	inflect=none
        choice tree	decision tree	n	tests
        tree growth	tree height	n	tests
        lookup motor	search engine	n	tests
        arbitrary quantity	random quantity	n	tests
        maintain* in mind	keep* in mind	n	tests
        shell* out attention	pay* attention	n	tests
        consider* into account	take* into account	n	tests
        youthful's modulus	Young's modulus	n	tests	inflect=none
        gross home product	gross domestic product	n	tests	inflect=s
        get together congress	party congress	n	tests
        """;

    private static readonly PhrasebookAnalyzer Analyzer = PhrasebookAnalyzer.Create(Proofread.Analyzers.Phrasebook.Phrasebook.Parse(Book, "test.tsv"));

    private static (string Text, string Suggestion)[] Matches(string text)
    {
        var document = Document.FromPlainText(text);
        return [.. Analyzer.FindMatches(document).Select(m => (text.Substring(m.Span.Start, m.Span.Length), m.Suggestions[0].Text))];
    }

    [Theory]
    [InlineData("We trained an irregular woodland on it.", "irregular woodland", "random forest")]
    [InlineData("Irregular woodland models won.", "Irregular woodland", "Random forest")]
    [InlineData("An Irregular Woodland Classifier", "Irregular Woodland", "Random Forest")]
    [InlineData("AN IRREGULAR WOODLAND", "IRREGULAR WOODLAND", "RANDOM FOREST")]
    [InlineData("an iRReGular woodland", "iRReGular woodland", "random forest")]
    [InlineData("two irregular woodlands", "irregular woodlands", "random forests")]
    [InlineData("Two Irregular Woodlands", "Irregular Woodlands", "Random Forests")]
    [InlineData("the lookup motors agree", "lookup motors", "search engines")]
    [InlineData("the arbitrary quantities", "arbitrary quantities", "random quantities")]
    [InlineData("they maintained in mind", "maintained in mind", "kept in mind")]
    [InlineData("she maintains in mind", "maintains in mind", "keeps in mind")]
    [InlineData("maintaining in mind", "maintaining in mind", "keeping in mind")]
    [InlineData("we shelled out attention", "shelled out attention", "paid attention")]
    [InlineData("considering into account", "considering into account", "taking into account")]
    [InlineData("it considered into account", "considered into account", "took into account")]
    [InlineData("the youthful's modulus of steel", "youthful's modulus", "Young's modulus")]
    [InlineData("the youthful\u2019s modulus of steel", "youthful\u2019s modulus", "Young's modulus")]
    [InlineData("gross home products", "gross home products", "gross domestic products")]
    [InlineData("The Eighth Get together Congress met.", "Get together Congress", "Party Congress")]
    [InlineData("the world wellbeing corporation said", "world wellbeing corporation", "World Health Organization")]
    public void A_match_has_the_exact_span_and_a_suggestion_cased_and_inflected_like_the_text(string text, string matched, string suggestion)
    {
        var matches = Matches(text);
        Assert.Equal([(matched, suggestion)], matches);
        var match = Analyzer.FindMatches(Document.FromPlainText(text))[0];
        Assert.Equal(text.IndexOf(matched, StringComparison.Ordinal), match.Span.Start);
        Assert.Equal(matched.Length, match.Span.Length);
    }

    [Fact]
    public void Inflections_an_entry_does_not_allow_do_not_match()
    {
        // "gross home product" allows only -s; "productions" and "producted" are not its forms.
        Assert.Empty(Matches("gross home producted"));

        // With inflect=none, "corporations" is not the entry's head: the shorter entry matches instead.
        Assert.Equal([("world wellbeing", "world health")], Matches("world wellbeing corporations"));
    }

    [Fact]
    public void The_longest_phrase_wins_over_a_prefix()
    {
        Assert.Equal([("World Wellbeing Corporation", "World Health Organization")], Matches("The World Wellbeing Corporation said so."));
        Assert.Equal([("world wellbeing", "world health")], Matches("the world wellbeing report"));
    }

    [Fact]
    public void Overlapping_candidates_resolve_leftmost_first_and_never_overlap()
    {
        // "choice tree" and "tree growth" overlap on "tree": the leftmost wins, the other is dropped.
        Assert.Equal([("choice tree", "decision tree")], Matches("choice tree growth"));
        Assert.Equal([("tree growth", "tree height")], Matches("a tree growth chart"));
        Assert.Equal(
            [("choice tree", "decision tree"), ("tree growth", "tree height")],
            Matches("choice tree and tree growth"));
    }

    [Fact]
    public void Several_matches_come_in_text_order()
    {
        Assert.Equal(
            [("irregular woodland", "random forest"), ("counterfeit consciousness", "artificial intelligence"), ("irregular woodland", "random forest")],
            Matches("An irregular woodland beats counterfeit consciousness and another irregular woodland."));
    }

    [Theory]
    [InlineData("irregular, woodland")]
    [InlineData("irregular (woodland)")]
    [InlineData("irregular - woodland")]
    [InlineData("irregular-woodland")]
    [InlineData("irregular \"woodland\"")]
    [InlineData("irregular/woodland")]
    [InlineData("irregulars woodland")]
    [InlineData("irregular woodlandish")]
    [InlineData("regular woodland")]
    public void Punctuation_between_words_or_a_different_word_blocks_a_match(string text)
    {
        Assert.Empty(Matches(text));
    }

    [Fact]
    public void A_match_never_crosses_a_sentence_boundary()
    {
        // A blank line ends the paragraph, and with it the sentence, whatever the segmenter.
        Assert.Empty(Matches("We planted an irregular\n\nwoodland of oaks."));
        Assert.Empty(Matches("It was irregular. Woodland covered the rest."));
    }

    [Fact]
    public void Words_of_a_phrase_may_be_separated_by_any_run_of_spaces()
    {
        Assert.Equal([("irregular   woodland", "random forest")], Matches("an irregular   woodland"));
        Assert.Equal([("irregular\twoodland", "random forest")], Matches("an irregular\twoodland"));
    }

    [Fact]
    public void Analyze_reports_the_rule_message_and_ranked_suggestions()
    {
        const string text = "Counterfeit consciousness is everywhere.";
        var findings = Analyzer.Analyze(Document.FromPlainText(text), new HashSet<string> { "spin.phrasebook" }).ToList();
        var finding = Assert.Single(findings);
        Assert.Equal("spin.phrasebook", finding.Rule.Id);
        Assert.Equal(FindingCategory.Spin, finding.Category);
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Equal(0, finding.Span.Start);
        Assert.Equal(25, finding.Span.Length);
        Assert.Equal("Counterfeit consciousness", finding.Text);
        Assert.Equal("'Counterfeit consciousness' looks like spun wording of 'Artificial intelligence' (tortured)", finding.Message);
        Assert.Equal(
            [new Suggestion("Artificial intelligence", 0.9), new Suggestion("Machine intelligence", 0.45), new Suggestion("AI", 0.4)],
            finding.Suggestions.ToArray());
    }

    [Fact]
    public void Analyze_reports_nothing_when_the_rule_is_disabled()
    {
        Assert.Empty(Analyzer.Analyze(Document.FromPlainText("an irregular woodland"), new HashSet<string> { "other.rule" }));
    }

    [Fact]
    public void An_empty_document_or_book_finds_nothing()
    {
        Assert.Empty(Analyzer.FindMatches(Document.FromPlainText(string.Empty)));
        var empty = PhrasebookAnalyzer.Create(Proofread.Analyzers.Phrasebook.Phrasebook.Empty);
        Assert.Empty(empty.FindMatches(Document.FromPlainText("an irregular woodland")));
    }

    [Fact]
    public void A_user_book_overrides_a_built_in_entry_with_the_same_phrase()
    {
        var builtIn = Proofread.Analyzers.Phrasebook.Phrasebook.Parse("irregular woodland\trandom forest\tn\tbuilt-in", "a.tsv");
        var user = Proofread.Analyzers.Phrasebook.Phrasebook.Parse("Irregular  Woodland\trandom forests model\tmine\tme", "b.tsv");
        var combined = builtIn.With(user);
        var entry = Assert.Single(combined.Entries);
        Assert.Equal("me", entry.Source);
        Assert.Equal("b.tsv", entry.SourceName);
        var match = Assert.Single(PhrasebookAnalyzer.Create(combined).FindMatches(Document.FromPlainText("irregular woodland")));
        Assert.Equal("random forests model", match.Suggestions[0].Text);
    }

    [Fact]
    public void The_default_analyzer_uses_the_built_in_book_and_finds_a_known_spin()
    {
        var analyzer = PhrasebookAnalyzer.LoadDefault();
        Assert.Same(analyzer, PhrasebookAnalyzer.LoadDefault());
        var match = Assert.Single(analyzer.FindMatches(Document.FromPlainText("Officials at the World Wellbeing Corporation agreed.")));
        Assert.Equal("World Health Organization", match.Suggestions[0].Text);
        Assert.Equal(17, match.Span.Start);
    }

    [Fact]
    public void LoadDefault_with_user_files_layers_them_over_the_built_in_book()
    {
        var path = Path.Combine(Path.GetTempPath(), $"phrasebook-{Guid.NewGuid():N}.tsv");
        File.WriteAllText(path, "zorbly widget\tgadget\tmade up\ttest\n");
        try
        {
            var analyzer = PhrasebookAnalyzer.LoadDefault([path]);
            Assert.Equal(Proofread.Analyzers.Phrasebook.Phrasebook.BuiltIn.Count + 1, analyzer.Phrasebook.Count);
            Assert.Equal("gadget", Assert.Single(analyzer.FindMatches(Document.FromPlainText("a zorbly widget"))).Suggestions[0].Text);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
