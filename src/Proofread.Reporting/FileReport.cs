using System.Collections.Immutable;
using Proofread.Findings;
using Proofread.Text;

namespace Proofread.Reporting;

/// <summary>Everything a formatter reports about one file.</summary>
/// <param name="Path">The path as the user gave it ("-" for standard input).</param>
/// <param name="Source">The file's decoded text; lines and columns are computed from it.</param>
/// <param name="Words">Words in the file's prose.</param>
/// <param name="Findings">The findings, sorted by position.</param>
/// <param name="Spin">The per-file spin summary, when computed.</param>
/// <param name="Readability">Readability figures, when computed.</param>
public sealed record FileReport(
    string Path,
    SourceText Source,
    int Words,
    ImmutableArray<Finding> Findings,
    SpinSummary? Spin = null,
    ReadabilitySummary? Readability = null);

/// <summary>
/// How spun a file looks. <see cref="Score"/> is the probability that the prose was machine-spun;
/// it stays null until the spin detector computes it. <see cref="Suspicious"/> counts spin findings.
/// </summary>
public sealed record SpinSummary(double? Score, int Suspicious)
{
    /// <summary>A summary without a score: the number of spin-category findings.</summary>
    public static SpinSummary FromFindings(IEnumerable<Finding> findings) =>
        new(null, findings.Count(f => f.Category == FindingCategory.Spin));
}

/// <summary>The readability figures reported per file (see the readability calculator for the formulas).</summary>
/// <param name="FleschReadingEase">Flesch reading ease: higher is easier.</param>
/// <param name="FleschKincaidGrade">Flesch–Kincaid US school grade.</param>
/// <param name="GunningFog">Gunning fog index.</param>
/// <param name="Smog">SMOG grade.</param>
/// <param name="ColemanLiau">Coleman–Liau index.</param>
/// <param name="AutomatedReadabilityIndex">Automated readability index.</param>
/// <param name="DaleChall">New Dale–Chall score.</param>
/// <param name="Sentences">Sentences counted.</param>
/// <param name="Words">Words counted.</param>
/// <param name="Syllables">Syllables counted.</param>
public sealed record ReadabilitySummary(
    double FleschReadingEase,
    double FleschKincaidGrade,
    double? GunningFog = null,
    double? Smog = null,
    double? ColemanLiau = null,
    double? AutomatedReadabilityIndex = null,
    double? DaleChall = null,
    int? Sentences = null,
    int? Words = null,
    int? Syllables = null)
{
    /// <summary>
    /// One line for formats with no readability fields of their own (HTML, the GitHub log):
    /// "Flesch reading ease 20.0 (very difficult), Flesch–Kincaid grade 17.6, …"; null when nothing could be computed.
    /// </summary>
    public string? Describe()
    {
        if (!double.IsFinite(FleschReadingEase))
        {
            return null;
        }

        var c = System.Globalization.CultureInfo.InvariantCulture;
        var parts = new List<string>
        {
            string.Create(c, $"Flesch reading ease {FleschReadingEase:0.0} ({Verdict(FleschReadingEase)})"),
            string.Create(c, $"Flesch\u2013Kincaid grade {FleschKincaidGrade:0.0}"),
        };
        foreach (var (name, value) in new (string, double?)[] { ("Gunning fog", GunningFog), ("SMOG", Smog), ("Coleman\u2013Liau", ColemanLiau), ("ARI", AutomatedReadabilityIndex), ("Dale\u2013Chall", DaleChall) })
        {
            if (value is { } v && double.IsFinite(v))
            {
                parts.Add(string.Create(c, $"{name} {v:0.0}"));
            }
        }

        return string.Join(", ", parts);
    }

    /// <summary>The Flesch band of a reading-ease score, in plain words: very easy (90+) … very difficult (under 30).</summary>
    public static string Verdict(double fleschReadingEase) => fleschReadingEase switch
    {
        >= 90 => "very easy",
        >= 80 => "easy",
        >= 70 => "fairly easy",
        >= 60 => "plain English",
        >= 50 => "fairly difficult",
        >= 30 => "difficult",
        _ => "very difficult",
    };
}
