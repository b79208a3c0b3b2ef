using System.Collections.Immutable;
using Microsoft.Extensions.FileSystemGlobbing;
using Proofread.Findings;
using Proofread.Pipeline;

namespace Proofread.Configuration;

/// <summary>
/// The configs that apply to one directory, merged. <see cref="Chain"/> runs from the outermost
/// config (the one with <c>root: true</c>, or the one nearest the file-system root) to the
/// nearest. Merge rules:
/// <list type="bullet">
/// <item>scalars (<c>language</c>, <c>min-confidence</c>) and <c>include</c>: the nearest config that sets them wins;</item>
/// <item>lists (<c>dictionaries</c>, <c>ignore-words</c>, <c>glossaries</c>, <c>rules</c>, <c>phrasebooks</c>, <c>exclude</c>): every config adds to them;</item>
/// <item>rule switches: for each rule, the nearest config that names it (by id, prefix or category) decides,
///       and within one config <c>disable</c> wins over <c>enable</c>;</item>
/// <item><c>severity</c>: for each rule, the nearest config that names it decides; within one config the most specific selector wins
///       (an id over a prefix, a longer prefix over a shorter one, a prefix over a category).</item>
/// </list>
/// </summary>
public sealed class EffectiveConfig
{
    private readonly Lazy<ImmutableArray<(ProofreadConfig Config, Matcher? Include, Matcher? Exclude)>> _matchers;

    private EffectiveConfig(ImmutableArray<ProofreadConfig> chain)
    {
        Chain = chain;
        _matchers = new(() => [.. Chain.Select(c => (c, c.Include is { } include ? CreateMatcher(include) : null, c.Exclude.IsEmpty ? null : CreateMatcher(c.Exclude)))]);
    }

    /// <summary>No config at all: every setting at its default.</summary>
    public static EffectiveConfig Empty { get; } = new([]);

    /// <summary>The configs that apply, outermost first.</summary>
    public ImmutableArray<ProofreadConfig> Chain { get; }

    /// <summary>Identifies the chain: equal keys mean equal settings.</summary>
    public string Key => string.Join('\n', Chain.Select(c => c.Path));

    /// <summary>The language variety, if a config sets it.</summary>
    public string? Language => Chain.Reverse().Select(c => c.Language).FirstOrDefault(l => l is not null);

    /// <summary>The minimum confidence, if a config sets it.</summary>
    public double? MinConfidence => Chain.Reverse().Select(c => c.MinConfidence).FirstOrDefault(m => m is not null);

    /// <summary>Every config's word lists, outermost first.</summary>
    public ImmutableArray<string> Dictionaries => [.. Chain.SelectMany(c => c.Dictionaries)];

    /// <summary>Every config's ignored words.</summary>
    public ImmutableArray<string> IgnoreWords => [.. Chain.SelectMany(c => c.IgnoreWords)];

    /// <summary>Every config's glossaries.</summary>
    public ImmutableArray<string> Glossaries => [.. Chain.SelectMany(c => c.Glossaries)];

    /// <summary>Every config's rule packs.</summary>
    public ImmutableArray<string> RulePaths => [.. Chain.SelectMany(c => c.RulePaths)];

    /// <summary>Every config's phrasebooks.</summary>
    public ImmutableArray<string> Phrasebooks => [.. Chain.SelectMany(c => c.Phrasebooks)];

    /// <summary>This chain with <paramref name="nearer"/> added as the nearest config (or alone, when it is a root).</summary>
    public EffectiveConfig With(ProofreadConfig nearer) => new(nearer.Root ? [nearer] : Chain.Add(nearer));

    /// <summary>Whether an <c>exclude</c> glob of any config in the chain matches the file.</summary>
    public bool IsExcluded(string fullPath) =>
        _matchers.Value.Any(m => m.Exclude is { } exclude && Matches(exclude, m.Config, fullPath));

    /// <summary>Whether the nearest <c>include</c> matches the file; null when no config sets <c>include</c>.</summary>
    public bool? IsIncluded(string fullPath)
    {
        foreach (var (config, include, _) in _matchers.Value.Reverse())
        {
            if (include is not null)
            {
                return Matches(include, config, fullPath);
            }
        }

        return null;
    }

    /// <summary>
    /// Which of <paramref name="rules"/> run: defaults, then each config outermost first, then the
    /// command line (<paramref name="enable"/>, <paramref name="disable"/>) last. The result names every rule explicitly.
    /// </summary>
    public RuleSelection SelectRules(IEnumerable<RuleDescriptor> rules, IReadOnlyList<string> enable, IReadOnlyList<string> disable)
    {
        var on = ImmutableArray.CreateBuilder<string>();
        var off = ImmutableArray.CreateBuilder<string>();
        var layers = Chain.Select(c => c.Switches.Select(s => (s.Selector, s.Enabled)))
            .Append(enable.Select(s => (Selector: s, Enabled: true)).Concat(disable.Select(s => (Selector: s, Enabled: false))))
            .Select(layer => layer.ToList())
            .ToList();
        foreach (var rule in rules)
        {
            var enabled = rule.EnabledByDefault;
            foreach (var layer in layers)
            {
                var named = layer.Where(s => RuleSelection.Matches(s.Selector, rule)).ToList();
                if (named.Count > 0)
                {
                    enabled = named.TrueForAll(s => s.Enabled);
                }
            }

            (enabled ? on : off).Add(rule.Id);
        }

        return new RuleSelection(on.ToImmutable(), off.ToImmutable());
    }

    /// <summary>The severity each rule reports with, for the rules whose severity a config changes.</summary>
    public ImmutableDictionary<string, Severity> Severities(IEnumerable<RuleDescriptor> rules)
    {
        var result = ImmutableDictionary.CreateBuilder<string, Severity>(StringComparer.Ordinal);
        foreach (var rule in rules)
        {
            foreach (var config in Chain)
            {
                var best = config.Severities
                    .Where(s => RuleSelection.Matches(s.Selector, rule))
                    .OrderByDescending(s => Specificity(s.Selector, rule))
                    .FirstOrDefault();
                if (best is not null)
                {
                    result[rule.Id] = best.Severity;
                }
            }
        }

        return result.ToImmutable();
    }

    /// <summary>Selectors in the chain that name none of <paramref name="rules"/>, as positioned errors.</summary>
    public IEnumerable<ConfigError> UnknownSelectors(IReadOnlyCollection<RuleDescriptor> rules) =>
        Chain.SelectMany(c => c.Switches.Select(s => (s.Selector, s.Position)).Concat(c.Severities.Select(s => (s.Selector, s.Position))))
            .Where(s => !rules.Any(r => RuleSelection.Matches(s.Selector, r)))
            .Select(s => new ConfigError(s.Position, $"unknown rule '{s.Selector}'; 'proofread rules list' shows them"));

    // An exact id beats a prefix, a longer prefix a shorter one, and any prefix a category.
    private static int Specificity(string selector, RuleDescriptor rule) =>
        string.Equals(selector, rule.Id, StringComparison.OrdinalIgnoreCase) ? int.MaxValue
        : string.Equals(selector, rule.Category.ToString(), StringComparison.OrdinalIgnoreCase) && !rule.Id.StartsWith(selector + ".", StringComparison.OrdinalIgnoreCase) ? 0
        : selector.Length;

    private static Matcher CreateMatcher(IEnumerable<string> globs)
    {
        var matcher = new Matcher(StringComparison.OrdinalIgnoreCase);
        foreach (var glob in globs)
        {
            // As in .gitignore, a glob without a slash matches a file name at any depth.
            matcher.AddInclude(glob.Contains('/', StringComparison.Ordinal) ? glob : "**/" + glob);
        }

        return matcher;
    }

    private static bool Matches(Matcher matcher, ProofreadConfig config, string fullPath)
    {
        var relative = Path.GetRelativePath(config.Directory, fullPath).Replace('\\', '/');
        return !relative.StartsWith("../", StringComparison.Ordinal) && matcher.Match(relative).HasMatches;
    }
}
