using System.Collections.Immutable;
using Proofread.Documents;
using Proofread.Findings;

namespace Proofread.Pipeline;

/// <summary>
/// The frozen set of analysers and options. Immutable and thread-safe: one pipeline serves
/// every file of a run, in parallel.
/// </summary>
public sealed class ProofreadPipeline
{
    private readonly ImmutableArray<IAnalyzer> _analyzers;
    private readonly ImmutableHashSet<string> _enabled;

    /// <summary>Builds a pipeline from analysers and options.</summary>
    public ProofreadPipeline(IEnumerable<IAnalyzer> analyzers, AnalysisOptions options)
    {
        _analyzers = [.. analyzers];
        Options = options;
        var all = _analyzers.SelectMany(a => a.Rules).ToList();
        var duplicate = all.GroupBy(r => r.Id, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ArgumentException($"Rule id '{duplicate.Key}' is declared twice.", nameof(analyzers));
        }

        Rules = [.. all.OrderBy(r => r.Id, StringComparer.Ordinal)];
        _enabled = Rules.Where(options.Rules.IsEnabled).Select(r => r.Id).ToImmutableHashSet(StringComparer.Ordinal);
    }

    /// <summary>The analysers, in the order they run.</summary>
    public ImmutableArray<IAnalyzer> Analyzers => _analyzers;

    /// <summary>Every rule the analysers declare, sorted by id.</summary>
    public ImmutableArray<RuleDescriptor> Rules { get; }

    /// <summary>The options the pipeline was built with.</summary>
    public AnalysisOptions Options { get; }

    /// <summary>Ids of the rules that run.</summary>
    public IReadOnlySet<string> EnabledRules => _enabled;

    /// <summary>
    /// All findings for <paramref name="document"/>, sorted by position then rule id, with configured
    /// severities applied and those silenced by the document's suppression comments (<see cref="InlineSuppressions"/>) removed.
    /// </summary>
    public ImmutableArray<Finding> Analyze(Document document)
    {
        var findings = new List<Finding>();
        foreach (var analyzer in _analyzers)
        {
            if (!analyzer.Rules.Any(r => _enabled.Contains(r.Id)))
            {
                continue;
            }

            foreach (var finding in analyzer.Analyze(document, _enabled))
            {
                if (_enabled.Contains(finding.Rule.Id) && Filter(finding) is { } kept)
                {
                    findings.Add(kept);
                }
            }
        }

        findings.Sort(static (a, b) =>
        {
            var bySpan = a.Span.CompareTo(b.Span);
            return bySpan != 0 ? bySpan : string.CompareOrdinal(a.Rule.Id, b.Rule.Id);
        });
        return InlineSuppressions.Apply(document, [.. findings]);
    }

    /// <summary>
    /// The document score named <paramref name="scoreName"/> (e.g. "spin") from the analyser that
    /// computes it, or null when no analyser does or all of its rules are off.
    /// <paramref name="findings"/> are the document's findings as reported (from <see cref="Analyze"/>,
    /// less any the caller leaves out, such as a baseline's): the score may weigh them.
    /// </summary>
    public double? Score(Document document, IReadOnlyList<Finding> findings, string scoreName)
    {
        foreach (var analyzer in _analyzers)
        {
            if (analyzer is IDocumentScorer scorer && scorer.ScoreName == scoreName && analyzer.Rules.Any(r => _enabled.Contains(r.Id)))
            {
                return scorer.Score(document, findings);
            }
        }

        return null;
    }

    private Finding? Filter(Finding finding)
    {
        if (Options.Severities.TryGetValue(finding.Rule.Id, out var severity))
        {
            finding = finding with { Severity = severity };
        }

        if (Options.MinConfidence <= 0 || finding.Suggestions.IsDefaultOrEmpty)
        {
            return finding;
        }

        var kept = finding.Suggestions.Where(s => s.Confidence >= Options.MinConfidence).ToImmutableArray();
        return kept.IsEmpty ? null : finding with { Suggestions = kept };
    }
}
