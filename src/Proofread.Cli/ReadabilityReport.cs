using Proofread.Analyzers.Readability;
using Proofread.Documents;
using Proofread.Reporting;

namespace Proofread.Cli;

/// <summary>The per-file readability figures the reports show, with CMUdict syllables and the Dale–Chall list.</summary>
internal static class ReadabilityReport
{
    /// <summary>The figures of <paramref name="document"/>; all null (NaN) when it has no words.</summary>
    public static ReadabilitySummary Summarize(Document document)
    {
        var s = ReadabilityCalculator.Compute(document, CmuSyllableCounter.LoadDefault(), DaleChallList.LoadDefault());
        if (s.Words == 0)
        {
            return new ReadabilitySummary(double.NaN, double.NaN, Sentences: 0, Words: 0, Syllables: 0);
        }

        return new ReadabilitySummary(
            s.FleschReadingEase,
            s.FleschKincaidGrade,
            s.GunningFog,
            s.Smog,
            s.ColemanLiau,
            s.AutomatedReadabilityIndex,
            s.DaleChall,
            s.Sentences,
            s.Words,
            s.Syllables);
    }
}
