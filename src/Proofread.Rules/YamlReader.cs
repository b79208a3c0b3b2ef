using System.Collections.Immutable;
using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace Proofread.Rules;

/// <summary>Reads typed values out of YAML nodes, collecting positioned errors instead of throwing.</summary>
internal sealed class Reader(string file, List<RulePackError> errors)
{
    public string File { get; } = file;

    public int ErrorCount => errors.Count;

    public int Line(YamlNode node) => (int)node.Start.Line;

    public void Error(YamlNode node, string message) => errors.Add(new RulePackError(File, Line(node), message));

    public T Error<T>(YamlNode node, string message, T fallback)
    {
        Error(node, message);
        return fallback;
    }

    public void CheckKeys(YamlMappingNode map, string[] allowed, string what)
    {
        foreach (var key in map.Children.Keys)
        {
            var name = (key as YamlScalarNode)?.Value ?? "";
            if (!allowed.Contains(name))
            {
                Error(key, $"unknown key '{name}' in a {what} (allowed: {string.Join(", ", allowed)})");
            }
        }
    }

    public YamlNode? RequiredNode(YamlMappingNode map, string key)
    {
        if (map.Children.TryGetValue(key, out var node))
        {
            return node;
        }

        Error(map, $"missing '{key}'");
        return null;
    }

    public string? Required(YamlMappingNode map, string key) => RequiredNode(map, key) is { } node ? Scalar(node, key) : null;

    public string? Optional(YamlMappingNode map, string key) => map.Children.TryGetValue(key, out var node) ? Scalar(node, key) : null;

    public string? Scalar(YamlNode node, string what)
    {
        if (node is YamlScalarNode { Value: { } value })
        {
            return value;
        }

        Error(node, $"'{what}' must be a single value");
        return null;
    }

    public ImmutableArray<string> OptionalList(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(key, out var node) ? StringList(node, key) : [];

    public ImmutableArray<string> StringList(YamlNode node, string what)
    {
        switch (node)
        {
            case YamlScalarNode { Value: { } value }:
                return [value];
            case YamlSequenceNode sequence:
                var items = new List<string>();
                foreach (var item in sequence)
                {
                    if (Scalar(item, what) is { } text)
                    {
                        items.Add(text);
                    }
                }

                return [.. items];
            default:
                Error(node, $"'{what}' must be a value or a list of values");
                return [];
        }
    }

    public bool? Bool(YamlMappingNode map, string key) => Optional(map, key) switch
    {
        null => null,
        "true" or "yes" => true,
        "false" or "no" => false,
        var other => Error<bool?>(map[key], $"'{key}' must be true or false, not '{other}'", null),
    };

    public double? Number(YamlMappingNode map, string key) => Optional(map, key) switch
    {
        null => null,
        var text when double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) => value,
        var other => Error<double?>(map[key], $"'{key}' must be a number, not '{other}'", null),
    };
}
