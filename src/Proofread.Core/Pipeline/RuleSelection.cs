using System.Collections.Immutable;
using Proofread.Findings;

namespace Proofread.Pipeline;

/// <summary>
/// Which rules run: the defaults, plus <c>--enable</c>, minus <c>--disable</c>. A selector is a
/// rule id ("spin.phrasebook"), an id prefix ending at a dot ("spin"), or a category name.
/// Disabling wins over enabling.
/// </summary>
public sealed record RuleSelection(ImmutableArray<string> Enabled, ImmutableArray<string> Disabled)
{
    /// <summary>Run the rules that are on by default.</summary>
    public static RuleSelection Default { get; } = new([], []);

    /// <summary>Whether <paramref name="rule"/> runs under this selection.</summary>
    public bool IsEnabled(RuleDescriptor rule)
    {
        if (Disabled.Any(s => Matches(s, rule)))
        {
            return false;
        }

        return rule.EnabledByDefault || Enabled.Any(s => Matches(s, rule));
    }

    /// <summary>Whether <paramref name="selector"/> names <paramref name="rule"/>.</summary>
    public static bool Matches(string selector, RuleDescriptor rule) =>
        string.Equals(selector, rule.Id, StringComparison.OrdinalIgnoreCase)
        || rule.Id.StartsWith(selector.TrimEnd('.') + ".", StringComparison.OrdinalIgnoreCase)
        || string.Equals(selector, rule.Category.ToString(), StringComparison.OrdinalIgnoreCase);
}
