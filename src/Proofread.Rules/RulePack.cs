using System.Collections.Immutable;
using Proofread.Findings;

namespace Proofread.Rules;

/// <summary>The kinds of rule a pack can declare.</summary>
public enum RuleKind
{
    /// <summary>Words or phrases that should not appear (optionally with a replacement).</summary>
    Existence,

    /// <summary>Phrases replaced by a fixed wording (or alternatives).</summary>
    Substitution,

    /// <summary>A sequence of token constraints (text, regex, lemma, part of speech) with skips, exceptions and a marked span.</summary>
    Pattern,

    /// <summary>Words often confused with each other, decided by the language model.</summary>
    Confusion,

    /// <summary>The same word twice in a row.</summary>
    Repetition,

    /// <summary>Words that must be capitalised, or a lower-case sentence start.</summary>
    Capitalization,

    /// <summary>A sentence measure above a threshold.</summary>
    Metric,
}

/// <summary>One example of a rule: a bad text with its expected correction, or a good text the rule leaves alone.</summary>
/// <param name="Text">The example text.</param>
/// <param name="IsBad">Whether the rule must flag the text.</param>
/// <param name="Correction">For bad examples: the text after applying the first suggestion of every finding (null: flagged, no fix).</param>
/// <param name="Line">The line of the example in its pack file.</param>
public sealed record RuleExample(string Text, bool IsBad, string? Correction, int Line);

/// <summary>A rule read from a pack: its descriptor, wording, examples and compiled matcher.</summary>
public sealed class RuleDefinition
{
    internal RuleDefinition(
        RuleDescriptor descriptor,
        RuleKind kind,
        string message,
        ImmutableArray<string> suggestions,
        ImmutableArray<RuleExample> examples,
        string file,
        int line,
        RuleMatcher matcher,
        ImmutableArray<PatternElement[]> exceptions)
    {
        Descriptor = descriptor;
        Kind = kind;
        Message = message;
        Suggestions = suggestions;
        Examples = examples;
        File = file;
        Line = line;
        Matcher = matcher;
        Exceptions = exceptions;
    }

    /// <summary>Id, title, category, severity, link.</summary>
    public RuleDescriptor Descriptor { get; }

    /// <summary>The rule's id.</summary>
    public string Id => Descriptor.Id;

    /// <summary>What kind of rule it is.</summary>
    public RuleKind Kind { get; }

    /// <summary>The message template ("{text}", "{suggestion}", "$1" are filled in).</summary>
    public string Message { get; }

    /// <summary>The suggestion templates, best first (substitution and confusion rules carry their own).</summary>
    public ImmutableArray<string> Suggestions { get; }

    /// <summary>Good and bad examples; every one is a test.</summary>
    public ImmutableArray<RuleExample> Examples { get; }

    /// <summary>The pack file the rule comes from.</summary>
    public string File { get; }

    /// <summary>The line of the rule in <see cref="File"/>.</summary>
    public int Line { get; }

    internal RuleMatcher Matcher { get; }

    internal ImmutableArray<PatternElement[]> Exceptions { get; }
}

/// <summary>A rule pack: one YAML file of rules.</summary>
/// <param name="Name">The pack's name (its <c>pack:</c> key, or the file name).</param>
/// <param name="File">The file it was read from.</param>
/// <param name="Rules">The rules, in file order.</param>
public sealed record RulePack(string Name, string File, ImmutableArray<RuleDefinition> Rules);
