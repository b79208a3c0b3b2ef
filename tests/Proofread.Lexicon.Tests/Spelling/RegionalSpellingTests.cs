using Proofread.Documents;
using Proofread.Lexicon.Hunspell;
using Proofread.Lexicon.Spelling;

namespace Proofread.Lexicon.Tests.Spelling;

public sealed class RegionalSpellingTests
{
    private static readonly Lazy<WordList> EnGb = new(() => SpellingAnalyzer.LoadWordList("en_GB", frequencies: null));
    private static readonly Lazy<WordList> EnUs = new(() => SpellingAnalyzer.LoadWordList("en_US", frequencies: null));
    private static readonly Lazy<RegionalSpelling> ToUs = new(() => RegionalSpelling.LoadDefault(SpellingLanguage.EnglishUS));
    private static readonly Lazy<RegionalSpelling> ToGb = new(() => RegionalSpelling.LoadDefault(SpellingLanguage.EnglishGB));

    [Theory]
    [InlineData("programme", "program")]
    [InlineData("programmes", "programs")]
    [InlineData("colour", "color")]
    [InlineData("Colourful", "Colorful")]
    [InlineData("realising", "realizing")]
    [InlineData("organisation", "organization")]
    [InlineData("analysed", "analyzed")]
    [InlineData("defence", "defense")]
    [InlineData("licence", "license")]
    [InlineData("centre", "center")]
    [InlineData("centred", "centered")]
    [InlineData("travelled", "traveled")]
    [InlineData("traveller", "traveler")]
    [InlineData("catalogue", "catalog")]
    [InlineData("judgement", "judgment")]
    [InlineData("anaemia", "anemia")]
    [InlineData("oestrogen", "estrogen")]
    [InlineData("manoeuvre", "maneuver")]
    [InlineData("fulfil", "fulfill")]
    [InlineData("enrolment", "enrollment")]
    [InlineData("grey", "gray")]
    [InlineData("tyres", "tires")]
    public void British_spellings_map_to_the_American_one(string british, string american) =>
        Assert.Equal([american], ToUs.Value.Candidates(british, EnUs.Value.Check));

    [Theory]
    [InlineData("program", "programme")]
    [InlineData("color", "colour")]
    [InlineData("realizing", "realising")]
    [InlineData("defense", "defence")]
    [InlineData("center", "centre")]
    [InlineData("traveled", "travelled")]
    [InlineData("analyze", "analyse")]
    [InlineData("catalog", "catalogue")]
    [InlineData("anemia", "anaemia")]
    [InlineData("gray", "grey")]
    public void American_spellings_map_to_the_British_one(string american, string british) =>
        Assert.Contains(british, ToGb.Value.Candidates(american, EnGb.Value.Check));

    [Fact]
    public void A_word_no_rule_turns_into_a_known_word_gives_nothing() =>
        Assert.Empty(ToUs.Value.Candidates("qwertyuiop", EnUs.Value.Check));

    [Fact]
    public void Malformed_lines_are_reported_with_their_number()
    {
        var e = Assert.Throws<FormatException>(() => RegionalSpelling.Parse(["# c", "our\tor", "ise"], SpellingLanguage.EnglishUS));
        Assert.StartsWith("line 3:", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("The programme starts.", "programme", "program")]
    [InlineData("Our defence held.", "defence", "defense")]
    [InlineData("We are realising it.", "realising", "realizing")]
    [InlineData("The centre travelled north.", "centre", "center")]
    public void The_analyser_suggests_exactly_the_american_spelling_first(string text, string word, string suggestion)
    {
        var analyzer = SpellingAnalyzer.LoadDefault(SpellingLanguage.EnglishUS);
        var f = analyzer.Analyze(Document.FromPlainText(text), new HashSet<string> { SpellingAnalyzer.RegionalVariant.Id }).First(x => x.Text == word);
        Assert.Equal("spelling.regional-variant", f.Rule.Id);
        Assert.Equal([suggestion], f.Suggestions.Select(s => s.Text));
    }

    [Theory]
    [InlineData("The program starts.", "program", "programme")]
    [InlineData("Our defense held.", "defense", "defence")]
    [InlineData("The color faded.", "color", "colour")]
    [InlineData("They traveled north.", "traveled", "travelled")]
    public void Under_en_GB_the_british_spelling_comes_first(string text, string word, string suggestion)
    {
        var analyzer = SpellingAnalyzer.LoadDefault(SpellingLanguage.EnglishGB);
        var findings = analyzer.Analyze(Document.FromPlainText(text), new HashSet<string> { SpellingAnalyzer.RegionalVariant.Id }).ToList();
        var f = findings.FirstOrDefault(x => x.Text == word);
        if (f is null)
        {
            Assert.True(EnGb.Value.Check(word), $"{word} neither flagged nor accepted by en_GB");
            return; // en_GB accepts both spellings (e.g. "program" for software)
        }

        Assert.Equal(suggestion, f.Suggestions[0].Text);
    }
}
