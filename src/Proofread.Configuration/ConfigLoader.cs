using System.Collections.Immutable;
using System.Globalization;
using Proofread.Findings;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Proofread.Configuration;

/// <summary>
/// Reads one <c>.proofread.yml</c> strictly: unknown keys, wrong types, values out of range and
/// missing files are errors that name the line and column (<c>file:line:col: what is wrong</c>).
/// All errors of a file are collected before throwing, so one run shows them all.
/// </summary>
public static class ConfigLoader
{
    /// <summary>The config file's name.</summary>
    public const string FileName = ".proofread.yml";

    /// <summary>Every key the schema knows, in the order the README documents them.</summary>
    public static readonly IReadOnlyList<string> Keys =
    [
        "root", "enable", "disable", "severity", "min-confidence", "language", "dictionaries", "ignore-words",
        "glossaries", "rules", "phrasebooks", "include", "exclude",
    ];

    /// <summary>Loads the config at <paramref name="path"/>; <paramref name="displayPath"/> is how messages name it.</summary>
    /// <exception cref="ConfigException">The file cannot be read or is not a valid config.</exception>
    public static ProofreadConfig Load(string path, string? displayPath = null)
    {
        var full = System.IO.Path.GetFullPath(path);
        displayPath ??= path;
        string text;
        try
        {
            text = File.ReadAllText(full);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ConfigException(new ConfigError(new ConfigPosition(displayPath, 0, 0), $"cannot read the config: {e.Message}"));
        }

        return Parse(text, full, displayPath);
    }

    /// <summary>Parses config text as if it were the file at <paramref name="fullPath"/> (relative paths start from its directory).</summary>
    /// <exception cref="ConfigException">The text is not a valid config.</exception>
    public static ProofreadConfig Parse(string text, string fullPath, string displayPath)
    {
        var reader = new Reader(fullPath, displayPath);
        var config = reader.Read(text);
        if (reader.Errors.Count > 0)
        {
            throw new ConfigException(reader.Errors);
        }

        return config;
    }

    private sealed class Reader(string fullPath, string displayPath)
    {
        private readonly string _directory = System.IO.Path.GetDirectoryName(fullPath) ?? ".";

        public List<ConfigError> Errors { get; } = [];

        public ProofreadConfig Read(string text)
        {
            var config = new ProofreadConfig { Path = fullPath, DisplayPath = displayPath };
            var stream = new YamlStream();
            try
            {
                stream.Load(new StringReader(text));
            }
            catch (YamlException e)
            {
                Error(e.Start, YamlMessage(e));
                return config;
            }
            catch (Exception e) when (e is ArgumentException or InvalidOperationException or FormatException or OverflowException)
            {
                // YamlDotNet reports a few malformed inputs (such as a bad tag) without a position.
                Errors.Add(new ConfigError(new ConfigPosition(displayPath, 1, 1), $"invalid YAML: {e.Message.Split('\n')[0].TrimEnd('.')}"));
                return config;
            }

            if (stream.Documents.Count == 0)
            {
                return config; // empty, or comments only
            }

            if (stream.Documents.Count > 1)
            {
                Error(stream.Documents[1].RootNode.Start, "one YAML document expected; remove the second '---'");
            }

            var root = stream.Documents[0].RootNode;
            if (root is YamlScalarNode { Value: null or "" or "~" or "null" })
            {
                return config;
            }

            if (root is not YamlMappingNode mapping)
            {
                Error(root.Start, $"the config must be a mapping of keys ({string.Join(", ", Keys)})");
                return config;
            }

            var switches = ImmutableArray.CreateBuilder<RuleSwitch>();
            var severities = ImmutableArray.CreateBuilder<SeveritySetting>();
            foreach (var (keyNode, value) in mapping.Children)
            {
                if (keyNode is not YamlScalarNode { Value: { } key })
                {
                    Error(keyNode.Start, "a key must be a plain name");
                    continue;
                }

                switch (key)
                {
                    case "root":
                        config = config with { Root = Bool(value) ?? false };
                        break;
                    case "enable":
                    case "disable":
                        foreach (var (selector, node) in Strings(value, "a rule id, an id prefix or a category"))
                        {
                            switches.Add(new RuleSwitch(selector, key == "enable", Position(node)));
                        }

                        break;
                    case "severity":
                        ReadSeverities(value, switches, severities);
                        break;
                    case "min-confidence":
                        config = config with { MinConfidence = Confidence(value) };
                        break;
                    case "language":
                        config = config with { Language = Language(value) };
                        break;
                    case "dictionaries":
                        config = config with { Dictionaries = Files(value) };
                        break;
                    case "ignore-words":
                        config = config with { IgnoreWords = [.. Strings(value, "a word").Select(s => s.Value)] };
                        break;
                    case "glossaries":
                        config = config with { Glossaries = Files(value) };
                        break;
                    case "rules":
                        config = config with { RulePaths = Files(value) };
                        break;
                    case "phrasebooks":
                        config = config with { Phrasebooks = Files(value) };
                        break;
                    case "include":
                        config = config with { Include = Globs(value) };
                        break;
                    case "exclude":
                        config = config with { Exclude = Globs(value) };
                        break;
                    default:
                        Error(keyNode.Start, $"unknown key '{key}'; the keys are {string.Join(", ", Keys)}");
                        break;
                }
            }

            return config with { Switches = switches.ToImmutable(), Severities = severities.ToImmutable() };
        }

        private void ReadSeverities(YamlNode value, ImmutableArray<RuleSwitch>.Builder switches, ImmutableArray<SeveritySetting>.Builder severities)
        {
            if (IsNull(value))
            {
                return;
            }

            if (value is not YamlMappingNode mapping)
            {
                Error(value.Start, "severity: expected a mapping of rule to error, warning, info or off (e.g. 'spelling: info')");
                return;
            }

            foreach (var (keyNode, level) in mapping.Children)
            {
                if (keyNode is not YamlScalarNode { Value: { Length: > 0 } selector })
                {
                    Error(keyNode.Start, "severity: a key must be a rule id, an id prefix or a category");
                    continue;
                }

                var position = Position(keyNode);
                switch ((level as YamlScalarNode)?.Value?.ToLowerInvariant())
                {
                    case "error":
                        severities.Add(new SeveritySetting(selector, Severity.Error, position));
                        break;
                    case "warning":
                        severities.Add(new SeveritySetting(selector, Severity.Warning, position));
                        break;
                    case "info":
                        severities.Add(new SeveritySetting(selector, Severity.Info, position));
                        break;
                    case "off":
                        switches.Add(new RuleSwitch(selector, false, position));
                        break;
                    default:
                        Error(level.Start, $"severity of '{selector}': expected error, warning, info or off, not {Describe(level)}");
                        break;
                }
            }
        }

        private bool? Bool(YamlNode value)
        {
            switch ((value as YamlScalarNode)?.Value?.ToLowerInvariant())
            {
                case "true":
                    return true;
                case "false":
                    return false;
                default:
                    Error(value.Start, $"expected true or false, not {Describe(value)}");
                    return null;
            }
        }

        private double? Confidence(YamlNode value)
        {
            if (value is YamlScalarNode { Value: { } text }
                && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
                && number is >= 0 and <= 1)
            {
                return number;
            }

            Error(value.Start, $"min-confidence: expected a number from 0 to 1, not {Describe(value)}");
            return null;
        }

        private string? Language(YamlNode value)
        {
            var text = (value as YamlScalarNode)?.Value;
            foreach (var known in (string[])["en-US", "en-GB"])
            {
                if (string.Equals(text, known, StringComparison.OrdinalIgnoreCase))
                {
                    return known;
                }
            }

            Error(value.Start, $"language: expected en-US or en-GB, not {Describe(value)}");
            return null;
        }

        private ImmutableArray<string> Files(YamlNode value)
        {
            var files = ImmutableArray.CreateBuilder<string>();
            foreach (var (relative, node) in Strings(value, "a file path"))
            {
                var full = System.IO.Path.GetFullPath(relative, _directory);
                if (!File.Exists(full))
                {
                    Error(node.Start, Directory.Exists(full) ? $"'{relative}' is a directory, not a file" : $"no such file '{relative}' (paths are relative to the config file)");
                    continue;
                }

                files.Add(full);
            }

            return files.ToImmutable();
        }

        private ImmutableArray<string> Globs(YamlNode value)
        {
            var globs = ImmutableArray.CreateBuilder<string>();
            foreach (var (glob, node) in Strings(value, "a glob"))
            {
                if (System.IO.Path.IsPathRooted(glob) || glob.Split('/').Contains(".."))
                {
                    Error(node.Start, $"glob '{glob}' must stay inside the config's directory (no leading '/' and no '..')");
                    continue;
                }

                globs.Add(glob);
            }

            return globs.ToImmutable();
        }

        // A list of strings; one plain string is taken as a list of one.
        private List<(string Value, YamlNode Node)> Strings(YamlNode value, string what)
        {
            var items = new List<(string, YamlNode)>();
            if (IsNull(value))
            {
                return items;
            }

            IEnumerable<YamlNode> nodes = value is YamlSequenceNode sequence ? sequence.Children : [value];
            foreach (var node in nodes)
            {
                if (node is YamlScalarNode { Value: { Length: > 0 } text } && !IsNull(node))
                {
                    items.Add((text, node));
                }
                else
                {
                    Error(node.Start, $"expected {what}, not {Describe(node)}");
                }
            }

            return items;
        }

        private static bool IsNull(YamlNode node) =>
            node is YamlScalarNode { Style: YamlDotNet.Core.ScalarStyle.Plain, Value: null or "" or "~" or "null" or "Null" or "NULL" };

        private static string Describe(YamlNode node) => node switch
        {
            YamlMappingNode => "a mapping",
            YamlSequenceNode => "a list",
            YamlScalarNode scalar when IsNull(scalar) => "nothing",
            YamlScalarNode { Value: var text } => $"'{text}'",
            _ => "this",
        };

        private ConfigPosition Position(YamlNode node) => new(displayPath, (int)node.Start.Line, (int)node.Start.Column);

        private void Error(Mark mark, string message) =>
            Errors.Add(new ConfigError(new ConfigPosition(displayPath, (int)mark.Line, (int)mark.Column), message));

        // YamlDotNet prefixes its messages with "(Line: 1, Col: 2, Idx: 3) - (…): "; the position is ours to print.
        private static string YamlMessage(YamlException e)
        {
            var message = e.Message;
            var cut = message.IndexOf("): ", StringComparison.Ordinal);
            message = message.StartsWith("(Line", StringComparison.Ordinal) && cut >= 0 ? message[(cut + 3)..] : message;
            return "invalid YAML: " + message.TrimEnd('.').Replace('\n', ' ');
        }
    }
}
