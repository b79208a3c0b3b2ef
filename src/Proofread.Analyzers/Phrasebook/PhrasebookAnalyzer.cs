using System.Collections.Immutable;
using Proofread.Documents;
using Proofread.Findings;
using Proofread.Pipeline;

namespace Proofread.Analyzers.Phrasebook;

/// <summary>
/// Finds known spun and tortured phrases and proposes their original wording. Built once from
/// an immutable <see cref="Phrasebook"/>; thread-safe.
/// </summary>
public sealed class PhrasebookAnalyzer : IAnalyzer
{
    /// <summary>The phrasebook rule.</summary>
    public static readonly RuleDescriptor Rule = new(
        "spin.phrasebook",
        "Known spun phrase",
        FindingCategory.Spin,
        Severity.Warning,
        "The phrase is a known product of article spinners or paraphrasing tools; the original wording is suggested.");

    private static readonly Lazy<PhrasebookAnalyzer> Default = new(() => new PhrasebookAnalyzer(Phrasebook.BuiltIn));

    private readonly PhraseMatcher _matcher;

    private PhrasebookAnalyzer(Phrasebook phrasebook)
    {
        Phrasebook = phrasebook;
        _matcher = new PhraseMatcher(phrasebook);
    }

    /// <summary>The phrasebook the analyser matches.</summary>
    public Phrasebook Phrasebook { get; }

    /// <inheritdoc />
    public IReadOnlyList<RuleDescriptor> Rules { get; } = [Rule];

    /// <summary>The analyser for the built-in phrasebook (built once, then shared).</summary>
    public static PhrasebookAnalyzer LoadDefault() => Default.Value;

    /// <summary>The built-in phrasebook with the user's files layered on top (later entries override earlier ones).</summary>
    /// <exception cref="PhrasebookException">A user file is missing or malformed.</exception>
    public static PhrasebookAnalyzer LoadDefault(IEnumerable<string> userFiles) =>
        Create(Phrasebook.BuiltIn.With(Phrasebook.Load(userFiles)));

    /// <summary>An analyser for <paramref name="phrasebook"/>.</summary>
    public static PhrasebookAnalyzer Create(Phrasebook phrasebook)
    {
        ArgumentNullException.ThrowIfNull(phrasebook);
        return new PhrasebookAnalyzer(phrasebook);
    }

    /// <summary>
    /// Every phrasebook match in <paramref name="document"/>, in text order, never overlapping and
    /// never crossing a sentence: leftmost first, then longest.
    /// </summary>
    public ImmutableArray<PhraseMatch> FindMatches(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return _matcher.FindMatches(document);
    }

    /// <inheritdoc />
    public IEnumerable<Finding> Analyze(Document document, IReadOnlySet<string> enabledRules)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(enabledRules);
        if (!enabledRules.Contains(Rule.Id))
        {
            return [];
        }

        var matches = _matcher.FindMatches(document);
        var findings = new Finding[matches.Length];
        for (var i = 0; i < matches.Length; i++)
        {
            var match = matches[i];
            var text = document.Text.Substring(match.Span.Start, match.Span.Length);
            var message = match.Entry.Note.Length > 0
                ? $"'{text}' looks like spun wording of '{match.Suggestions[0].Text}' ({match.Entry.Note})"
                : $"'{text}' looks like spun wording of '{match.Suggestions[0].Text}'";
            findings[i] = Finding.Create(document, Rule, match.Span, message, match.Suggestions);
        }

        return findings;
    }
}
