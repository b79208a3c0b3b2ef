using Proofread.Documents;
using Proofread.Lexicon.Hunspell;
using Proofread.Lexicon.Morphology;
using Proofread.Lexicon.Spelling;

namespace Proofread.Lexicon.Tests.Spelling;

public sealed class LazyResourceTests
{
    private static readonly HashSet<string> All = [SpellingAnalyzer.UnknownWord.Id, SpellingAnalyzer.RegionalVariant.Id];

    [Fact]
    public void A_clean_document_never_loads_the_variant_dictionary_or_morphology()
    {
        var loads = new List<string>();
        var analyzer = new SpellingAnalyzer(
            TestData.EnUs,
            () => { loads.Add("variant"); return null; },
            null,
            () => { loads.Add("morphology"); return null; },
            () => { loads.Add("regional"); return null; });
        Assert.Empty(analyzer.Analyze(Document.FromPlainText("The cat sat on the mat. It was happy."), All));
        Assert.Empty(loads);
    }

    [Fact]
    public void An_unknown_word_loads_each_resource_once()
    {
        var loads = new List<string>();
        var analyzer = new SpellingAnalyzer(
            TestData.EnUs,
            () => { lock (loads) { loads.Add("variant"); } return (WordList?)null; },
            null,
            () => { lock (loads) { loads.Add("morphology"); } return (WordMorphology?)null; });
        var findings = analyzer.Analyze(Document.FromPlainText("We recieve and recieve the qwrtz."), All).ToList();
        Assert.Equal(["recieve", "recieve", "qwrtz"], findings.Select(f => f.Text));
        Assert.Equal(["morphology", "variant"], loads.Order(StringComparer.Ordinal)); // morphology may load on another thread
    }

    [Fact]
    public async Task Prefetch_loads_each_resource_once_and_analysis_then_loads_nothing()
    {
        var loads = new List<string>();
        var analyzer = new SpellingAnalyzer(
            TestData.EnUs,
            () => { lock (loads) { loads.Add("variant"); } return (WordList?)null; },
            null,
            () => { lock (loads) { loads.Add("morphology"); } return (WordMorphology?)null; },
            () => { lock (loads) { loads.Add("regional"); } return (RegionalSpelling?)null; });
        await analyzer.PrefetchAsync();
        Assert.Equal(["variant", "regional", "morphology"], loads);
        Assert.Single(analyzer.Analyze(Document.FromPlainText("We recieve it."), All));
        Assert.Equal(3, loads.Count);
    }
}
