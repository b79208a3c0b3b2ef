using System.Collections.Immutable;
using Proofread.Documents;
using Proofread.Findings;
using Proofread.Text;

namespace Proofread.Pipeline;

/// <summary>What a suppression comment does.</summary>
public enum SuppressionKind
{
    /// <summary><c>proofread-disable-next-line</c>: findings that start on the next line.</summary>
    DisableNextLine,

    /// <summary><c>proofread-disable-line</c>: findings that start on the comment's own line.</summary>
    DisableLine,

    /// <summary><c>proofread-disable</c>: findings from here to the matching <c>proofread-enable</c> (or the end).</summary>
    Disable,

    /// <summary><c>proofread-enable</c>: ends a <c>proofread-disable</c>.</summary>
    Enable,
}

/// <summary>One suppression comment found in a document.</summary>
/// <param name="Kind">What it does.</param>
/// <param name="Rules">The rule ids, id prefixes or categories it names; empty means every rule.</param>
/// <param name="Span">The comment (for the plain-text form, the whole line without its line break).</param>
public sealed record SuppressionDirective(SuppressionKind Kind, ImmutableArray<string> Rules, TextSpan Span);

/// <summary>
/// Inline suppressions: comments in a document that silence findings, as a pure filter over a
/// document and its findings. Two forms are recognised:
/// <list type="bullet">
/// <item>an HTML comment, in Markdown and plain text: <c>&lt;!-- proofread-disable-next-line spin --&gt;</c>
///       (not inside a fenced code block or inline code);</item>
/// <item>in plain text only, a line that starts with <c>#</c> or <c>//</c>: <c># proofread-disable-next-line spin</c>.</item>
/// </list>
/// The words after the directive name rules, id prefixes or categories (separated by spaces or
/// commas; none means every rule); anything after <c>--</c> is a free reason. A finding is
/// silenced by where it starts. Findings inside a plain-text directive line are always dropped:
/// that line is not prose.
/// </summary>
public static class InlineSuppressions
{
    private const string Prefix = "proofread-";

    // Longest first: "disable" is a prefix of the others.
    private static readonly (string Name, SuppressionKind Kind)[] Names =
    [
        ("disable-next-line", SuppressionKind.DisableNextLine),
        ("disable-line", SuppressionKind.DisableLine),
        ("disable", SuppressionKind.Disable),
        ("enable", SuppressionKind.Enable),
    ];

    /// <summary>The findings that no suppression comment in <paramref name="document"/> silences, in their order.</summary>
    public static ImmutableArray<Finding> Apply(Document document, ImmutableArray<Finding> findings)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (findings.IsDefaultOrEmpty || !document.Text.Contains(Prefix, StringComparison.Ordinal))
        {
            return findings;
        }

        var directives = Find(document);
        if (directives.IsEmpty)
        {
            return findings;
        }

        var lines = document.Source.Lines;
        var blocks = BlockStates(directives);
        return [.. findings.Where(f => !IsSuppressed(f, directives, blocks, lines))];
    }

    /// <summary>The suppression comments of <paramref name="document"/>, in text order.</summary>
    public static ImmutableArray<SuppressionDirective> Find(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var text = document.Text;
        var result = ImmutableArray.CreateBuilder<SuppressionDirective>();
        var inFence = false;
        var fence = string.Empty;
        var lineStart = 0;
        while (lineStart <= text.Length)
        {
            var lineEnd = text.IndexOfAny(['\n', '\r'], lineStart);
            if (lineEnd < 0)
            {
                lineEnd = text.Length;
            }

            var line = text.AsSpan(lineStart, lineEnd - lineStart);
            var trimmed = line.TrimStart();
            if (document.Kind == DocumentKind.Markdown && FenceOf(trimmed) is { } marker && (!inFence || trimmed.StartsWith(fence, StringComparison.Ordinal)))
            {
                inFence = !inFence;
                fence = marker;
            }
            else if (!inFence)
            {
                ScanLine(text, lineStart, lineEnd, document.Kind, result);
            }

            lineStart = lineEnd + (lineEnd < text.Length && text[lineEnd] == '\r' && lineEnd + 1 < text.Length && text[lineEnd + 1] == '\n' ? 2 : 1);
        }

        return result.ToImmutable();
    }

    private static void ScanLine(string text, int lineStart, int lineEnd, DocumentKind kind, ImmutableArray<SuppressionDirective>.Builder result)
    {
        var line = text.AsSpan(lineStart, lineEnd - lineStart);
        var trimmed = line.TrimStart();
        if (kind == DocumentKind.PlainText)
        {
            var comment = trimmed.StartsWith("//", StringComparison.Ordinal) ? trimmed[2..] : trimmed.StartsWith('#') ? trimmed[1..] : default;
            if (!comment.IsEmpty && Parse(comment.Trim()) is var (plainKind, plainRules))
            {
                result.Add(new SuppressionDirective(plainKind, plainRules, TextSpan.FromBounds(lineStart, lineEnd)));
                return;
            }
        }

        // HTML comments; one may run over several lines, and it counts where it starts.
        for (var at = text.IndexOf("<!--", lineStart, lineEnd - lineStart, StringComparison.Ordinal); at >= 0;)
        {
            var close = text.IndexOf("-->", at + 4, StringComparison.Ordinal);
            if (close < 0)
            {
                return;
            }

            // An odd number of backticks before it on the line: the comment is inline code.
            if (text.AsSpan(lineStart, at - lineStart).Count('`') % 2 == 0
                && Parse(text.AsSpan(at + 4, close - at - 4).Trim()) is var (htmlKind, htmlRules))
            {
                result.Add(new SuppressionDirective(htmlKind, htmlRules, TextSpan.FromBounds(at, close + 3)));
            }

            var next = close + 3;
            at = next < lineEnd ? text.IndexOf("<!--", next, lineEnd - next, StringComparison.Ordinal) : -1;
        }
    }

    // "proofread-disable-next-line spin, spelling -- a reason" → (DisableNextLine, [spin, spelling]).
    private static (SuppressionKind Kind, ImmutableArray<string> Rules)? Parse(ReadOnlySpan<char> content)
    {
        if (!content.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return null;
        }

        content = content[Prefix.Length..];
        foreach (var (name, kind) in Names)
        {
            if (content.StartsWith(name, StringComparison.Ordinal) && (content.Length == name.Length || char.IsWhiteSpace(content[name.Length])))
            {
                var rest = content[name.Length..].ToString();
                var reason = rest.IndexOf("--", StringComparison.Ordinal);
                if (reason >= 0)
                {
                    rest = rest[..reason];
                }

                return (kind, [.. rest.Split([' ', '\t', ',', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries)]);
            }
        }

        return null;
    }

    private static string? FenceOf(ReadOnlySpan<char> trimmedLine) =>
        trimmedLine.StartsWith("```", StringComparison.Ordinal) ? "```"
        : trimmedLine.StartsWith("~~~", StringComparison.Ordinal) ? "~~~"
        : null;

    /// <summary>What is disabled after a block directive: everything but exceptions, or the named selectors.</summary>
    private sealed record BlockState(int From, bool All, ImmutableHashSet<string> Named)
    {
        public bool Suppresses(RuleDescriptor rule) => All != Named.Any(s => RuleSelection.Matches(s, rule));
    }

    private static List<BlockState> BlockStates(ImmutableArray<SuppressionDirective> directives)
    {
        var states = new List<BlockState>();
        var state = new BlockState(0, false, ImmutableHashSet<string>.Empty.WithComparer(StringComparer.OrdinalIgnoreCase));
        foreach (var directive in directives.Where(d => d.Kind is SuppressionKind.Disable or SuppressionKind.Enable))
        {
            var disabling = directive.Kind == SuppressionKind.Disable;
            if (directive.Rules.IsEmpty)
            {
                state = state with { All = disabling, Named = state.Named.Clear() };
            }
            else
            {
                // While everything is disabled, Named holds the exceptions that were enabled again.
                var add = disabling != state.All;
                state = state with { Named = add ? state.Named.Union(directive.Rules) : state.Named.Except(directive.Rules) };
            }

            states.Add(state with { From = directive.Span.End });
        }

        return states;
    }

    private static bool IsSuppressed(Finding finding, ImmutableArray<SuppressionDirective> directives, List<BlockState> blocks, LineMap lines)
    {
        var start = finding.Span.Start;
        var line = lines.GetPosition(start).Line;
        foreach (var directive in directives)
        {
            if (directive.Span.Contains(start))
            {
                return true;
            }

            var named = directive.Rules.IsEmpty || directive.Rules.Any(s => RuleSelection.Matches(s, finding.Rule));
            if (named
                && ((directive.Kind == SuppressionKind.DisableNextLine && lines.GetPosition(directive.Span.End).Line + 1 == line)
                    || (directive.Kind == SuppressionKind.DisableLine && lines.GetPosition(directive.Span.Start).Line == line)))
            {
                return true;
            }
        }

        var last = blocks.FindLastIndex(b => b.From <= start);
        return last >= 0 && blocks[last].Suppresses(finding.Rule);
    }
}
