using System.Collections.Immutable;
using Proofread.Documents;
using Proofread.Findings;
using Proofread.Pipeline;
using Proofread.Text;

namespace Proofread.Rules;

/// <summary>
/// Runs the rules of one or more packs over a document. A pure function of the document and
/// the immutable packs and resources; the tagger, morphology and language model are loaded only
/// when an enabled rule needs them on a sentence that may match.
/// </summary>
public sealed class RulesAnalyzer : IAnalyzer
{
    private readonly ImmutableArray<RuleDefinition> _definitions;
    private readonly RuleResources _resources;

    /// <summary>Creates the analyser from packs; later packs may not reuse an earlier rule id.</summary>
    /// <exception cref="RulePackException">Two rules share an id.</exception>
    public RulesAnalyzer(IEnumerable<RulePack> packs, RuleResources? resources = null)
    {
        Packs = [.. packs];
        _definitions = [.. Packs.SelectMany(p => p.Rules)];
        _resources = resources ?? RuleResources.Default;
        var errors = _definitions
            .GroupBy(r => r.Id, StringComparer.Ordinal)
            .Where(g => g.Count() > 1)
            .SelectMany(g => g.Skip(1).Select(r => new RulePackError(r.File, r.Line, $"rule id '{r.Id}' is already defined in {g.First().File}:{g.First().Line}")))
            .ToList();
        if (errors.Count > 0)
        {
            throw new RulePackException(errors);
        }

        Rules = [.. _definitions.Select(r => r.Descriptor)];
    }

    /// <summary>The packs, in load order.</summary>
    public ImmutableArray<RulePack> Packs { get; }

    /// <summary>Every rule of every pack.</summary>
    public IReadOnlyList<RuleDefinition> Definitions => _definitions;

    /// <inheritdoc />
    public IReadOnlyList<RuleDescriptor> Rules { get; }

    /// <summary>The built-in packs plus the packs in <paramref name="rulePaths"/> (folders of <c>*.yaml</c> or single files).</summary>
    /// <exception cref="RulePackException">A pack is missing, malformed, or reuses a rule id.</exception>
    public static RulesAnalyzer LoadDefault(IEnumerable<string>? rulePaths = null)
    {
        var packs = RulePackLoader.LoadDefault().ToList();
        var errors = new List<RulePackError>();
        foreach (var path in rulePaths ?? [])
        {
            try
            {
                packs.AddRange(RulePackLoader.LoadFolder(path));
            }
            catch (RulePackException e)
            {
                errors.AddRange(e.Errors);
            }
        }

        return errors.Count > 0 ? throw new RulePackException(errors) : new RulesAnalyzer(packs);
    }

    /// <summary>The rule with this id, if any.</summary>
    public RuleDefinition? Find(string id) => _definitions.FirstOrDefault(r => string.Equals(r.Id, id, StringComparison.OrdinalIgnoreCase));

    /// <inheritdoc />
    public IEnumerable<Finding> Analyze(Document document, IReadOnlySet<string> enabledRules)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(enabledRules);
        var active = _definitions.Where(r => enabledRules.Contains(r.Id)).ToList();
        if (active.Count == 0)
        {
            return [];
        }

        var findings = new List<Finding>();
        var matches = new List<RuleMatch>();
        var seen = new HashSet<(string, TextSpan)>();
        foreach (var sentence in document.Sentences)
        {
            var context = new SentenceContext(document, document.TokensOf(sentence).ToArray(), _resources);
            foreach (var rule in active)
            {
                if (!rule.Matcher.MayMatch(context))
                {
                    continue;
                }

                matches.Clear();
                rule.Matcher.Find(context, matches);
                foreach (var match in matches)
                {
                    if (match.First < 0 || match.End <= match.First || rule.Exceptions.Any(e => PatternSearch.MatchesOver(e, context, match.MatchFirst, match.MatchEnd)))
                    {
                        continue;
                    }

                    var span = TextSpan.FromBounds(context.Tokens[match.First].Span.Start, context.Tokens[match.End - 1].Span.End);
                    if (seen.Add((rule.Id, span)) && Report(rule, context, match, span) is { } finding)
                    {
                        findings.Add(finding);
                    }
                }
            }
        }

        return findings;
    }

    private static Finding? Report(RuleDefinition rule, SentenceContext context, RuleMatch match, TextSpan span)
    {
        var text = context.Document.Text.Substring(span.Start, span.Length);
        var templates = match.Suggestions.IsDefault ? rule.Suggestions : match.Suggestions;
        var suggestions = new List<string>();
        foreach (var template in templates)
        {
            var suggestion = SuggestionTemplate.MatchCase(text, SuggestionTemplate.Expand(template, context, match.Positions));
            if (!suggestions.Contains(suggestion, StringComparer.Ordinal) && suggestion != text)
            {
                suggestions.Add(suggestion);
            }
        }

        if (templates.Length > 0 && suggestions.Count == 0)
        {
            // Every suggestion reads as the text already does: nothing to report.
            return null;
        }

        var confidence = Confidence(rule.Kind);
        var message = SuggestionTemplate.Expand(rule.Message, context, match.Positions)
            .Replace("{text}", text, StringComparison.Ordinal)
            .Replace("{suggestion}", suggestions.Count > 0 ? suggestions[0] : "", StringComparison.Ordinal);

        // Later alternatives are less likely than the first.
        return Finding.Create(
            context.Document,
            rule.Descriptor,
            span,
            message,
            suggestions.Select((s, i) => new Suggestion(s, Math.Round(confidence - (0.1 * i), 2))));
    }

    private static double Confidence(RuleKind kind) => kind switch
    {
        RuleKind.Substitution or RuleKind.Repetition => 0.9,
        RuleKind.Pattern or RuleKind.Capitalization => 0.8,
        _ => 0.7,
    };
}
