using System.Collections.Immutable;
using Proofread.Findings;

namespace Proofread.Configuration;

/// <summary>A rule selector switched on or off by a config file (<c>enable:</c>, <c>disable:</c>, or severity <c>off</c>).</summary>
/// <param name="Selector">A rule id, an id prefix ("spin") or a category ("spelling").</param>
/// <param name="Enabled">On or off.</param>
/// <param name="Position">Where the selector is written.</param>
public sealed record RuleSwitch(string Selector, bool Enabled, ConfigPosition Position);

/// <summary>A severity given to the rules a selector names (<c>severity:</c>).</summary>
/// <param name="Selector">A rule id, an id prefix or a category.</param>
/// <param name="Severity">The severity those rules report with.</param>
/// <param name="Position">Where the selector is written.</param>
public sealed record SeveritySetting(string Selector, Severity Severity, ConfigPosition Position);

/// <summary>
/// One <c>.proofread.yml</c> as written: every setting is optional (null or empty when absent).
/// Paths are already absolute, resolved against the config file's directory. Immutable.
/// </summary>
public sealed record ProofreadConfig
{
    /// <summary>The config file's full path.</summary>
    public required string Path { get; init; }

    /// <summary>The config file as shown in messages.</summary>
    public required string DisplayPath { get; init; }

    /// <summary>The directory the config's relative paths and globs start from.</summary>
    public string Directory => System.IO.Path.GetDirectoryName(Path) ?? ".";

    /// <summary><c>root: true</c>: configs in parent directories are not read.</summary>
    public bool Root { get; init; }

    /// <summary><c>enable:</c> and <c>disable:</c> (and severity <c>off</c>), in file order.</summary>
    public ImmutableArray<RuleSwitch> Switches { get; init; } = [];

    /// <summary><c>severity:</c> entries other than <c>off</c>, in file order.</summary>
    public ImmutableArray<SeveritySetting> Severities { get; init; } = [];

    /// <summary><c>min-confidence:</c>, if set.</summary>
    public double? MinConfidence { get; init; }

    /// <summary><c>language:</c> ("en-US" or "en-GB"), if set.</summary>
    public string? Language { get; init; }

    /// <summary><c>dictionaries:</c> word list files (full paths).</summary>
    public ImmutableArray<string> Dictionaries { get; init; } = [];

    /// <summary><c>ignore-words:</c> words that spelling accepts.</summary>
    public ImmutableArray<string> IgnoreWords { get; init; } = [];

    /// <summary><c>glossaries:</c> term files, one term a line (full paths).</summary>
    public ImmutableArray<string> Glossaries { get; init; } = [];

    /// <summary><c>rules:</c> rule pack files (full paths).</summary>
    public ImmutableArray<string> RulePaths { get; init; } = [];

    /// <summary><c>phrasebooks:</c> phrasebook files laid over the built-in one (full paths).</summary>
    public ImmutableArray<string> Phrasebooks { get; init; } = [];

    /// <summary><c>include:</c> globs relative to <see cref="Directory"/>; null when not set.</summary>
    public ImmutableArray<string>? Include { get; init; }

    /// <summary><c>exclude:</c> globs relative to <see cref="Directory"/>.</summary>
    public ImmutableArray<string> Exclude { get; init; } = [];
}
