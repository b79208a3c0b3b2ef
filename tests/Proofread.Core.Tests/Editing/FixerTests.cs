using CsCheck;
using Proofread.Documents;
using Proofread.Editing;
using Proofread.Findings;
using Proofread.Pipeline;
using Proofread.Text;

namespace Proofread.Core.Tests.Editing;

public class FixerTests
{
    /// <summary>Replaces "teh" with "the" and two spaces with one (overlapping runs need several passes).</summary>
    private sealed class FakeAnalyzer : IAnalyzer
    {
        public static readonly RuleDescriptor Typo = new("spelling.teh", "teh", FindingCategory.Spelling, Severity.Error, "Typo.");
        public static readonly RuleDescriptor Spaces = new("style.spaces", "Double space", FindingCategory.Style, Severity.Info, "Spaces.");

        public IReadOnlyList<RuleDescriptor> Rules { get; } = [Typo, Spaces];

        public IEnumerable<Finding> Analyze(Document document, IReadOnlySet<string> enabledRules)
        {
            var text = document.Text;
            for (var i = 0; i < text.Length; i++)
            {
                if (enabledRules.Contains(Typo.Id) && string.CompareOrdinal(text, i, "teh", 0, 3) == 0)
                {
                    yield return Finding.Create(document, Typo, new TextSpan(i, 3), "Typo.", [new Suggestion("the", 0.9)]);
                }

                if (enabledRules.Contains(Spaces.Id) && string.CompareOrdinal(text, i, "  ", 0, 2) == 0)
                {
                    yield return Finding.Create(document, Spaces, new TextSpan(i, 2), "Spaces.", [new Suggestion(" ", 0.8)]);
                }
            }
        }
    }

    private static readonly ProofreadPipeline s_pipeline = new([new FakeAnalyzer()], AnalysisOptions.Default);

    private static Document Load(string text) => Document.FromPlainText(text);

    [Fact]
    public void Fixes_over_several_passes()
    {
        var result = Fixer.Fix(s_pipeline, Load("teh     cat"), Load);
        Assert.Equal("the cat", result.Fixed);
        Assert.True(result.Changed);
        Assert.Equal(3, result.Passes.Length); // 5 spaces -> 3 -> 2 -> 1
        Assert.Equal([new TextEdit(new TextSpan(0, 3), "the"), new TextEdit(new TextSpan(3, 2), " "), new TextEdit(new TextSpan(5, 2), " ")], result.Passes[0].ToArray());
    }

    [Fact]
    public void Clean_text_is_unchanged()
    {
        var result = Fixer.Fix(s_pipeline, Load("the cat"), Load);
        Assert.False(result.Changed);
        Assert.Equal(0, result.EditCount);
        Assert.Empty(result.Passes);
    }

    [Fact]
    public void Fixing_converges() =>
        Gen.OneOf("teh", "te", "h", " ", "  ", "cat", "\n").Array[0, 12].Select(string.Concat).Sample(text =>
        {
            var result = Fixer.Fix(s_pipeline, Load(text), Load);
            Assert.Empty(EditResolver.Resolve(s_pipeline.Analyze(Load(result.Fixed))));
            Assert.Empty(Fixer.Fix(s_pipeline, Load(result.Fixed), Load).Passes);
            Assert.DoesNotContain("teh", result.Fixed, StringComparison.Ordinal);
            Assert.DoesNotContain("  ", result.Fixed, StringComparison.Ordinal);
        });
}
