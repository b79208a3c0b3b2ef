using System.Globalization;
using Proofread.Documents;
using Xunit.Abstractions;

using Proofread.Analyzers.Tests;

namespace Proofread.Rules.Tests;

/// <summary>
/// The false-positive budget: the built-in packs run over human-written prose in
/// ../shared/eval/clean (read at test time, never copied) and may flag at most 1 finding per 1,000 words.
/// </summary>
public sealed class CleanCorpusTests(ITestOutputHelper output)
{
    [Fact]
    public void Clean_prose_gets_at_most_one_flag_per_thousand_words()
    {
        var folder = Path.Combine(RepoPaths.SharedEval, "clean");
        if (!Directory.Exists(folder))
        {
            output.WriteLine("no clean corpus at " + folder);
            return;
        }

        var analyzer = PackExamplesTests.BuiltIn.Value;
        var enabled = analyzer.Rules.Where(r => r.EnabledByDefault).Select(r => r.Id).ToHashSet();
        int words = 0, flags = 0;
        foreach (var file in Directory.EnumerateFiles(folder, "*.txt").Order(StringComparer.Ordinal))
        {
            var document = Document.FromPlainText(File.ReadAllText(file), Path.GetFileName(file));
            words += document.WordCount;
            foreach (var finding in analyzer.Analyze(document, enabled))
            {
                flags++;
                output.WriteLine($"{document.Path}:{finding.Span.Start}: {finding.Rule.Id}: '{finding.Text}' -> '{finding.BestSuggestion?.Text}'");
            }
        }

        var perThousand = 1000.0 * flags / Math.Max(1, words);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{flags} flags in {words} words: {perThousand:0.00} per 1,000 words"));
        Assert.True(perThousand <= 1.0, string.Create(CultureInfo.InvariantCulture, $"{perThousand:0.00} flags per 1,000 words"));
    }
}
