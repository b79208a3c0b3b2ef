using System.Collections.Concurrent;

namespace Proofread.Configuration;

/// <summary>
/// Finds the configs that apply to a file the way editors find <c>.editorconfig</c>: the
/// <c>.proofread.yml</c> in the file's directory and in every parent, stopping after one that
/// says <c>root: true</c>. Each directory is looked at once per resolver (thread-safe).
/// </summary>
public sealed class ConfigResolver
{
    private readonly ConcurrentDictionary<string, EffectiveConfig> _byDirectory = new(StringComparer.Ordinal);
    private readonly string _workingDirectory;

    /// <summary>Creates a resolver; messages name configs relative to <paramref name="workingDirectory"/> when inside it.</summary>
    public ConfigResolver(string workingDirectory) => _workingDirectory = Path.GetFullPath(workingDirectory);

    /// <summary>The merged configs for a file.</summary>
    /// <exception cref="ConfigException">A config on the way up is invalid.</exception>
    public EffectiveConfig ForFile(string fullPath) => ForDirectory(Path.GetDirectoryName(Path.GetFullPath(fullPath)) ?? _workingDirectory);

    /// <summary>The merged configs for files in <paramref name="directory"/> (standard input uses the working directory).</summary>
    /// <exception cref="ConfigException">A config on the way up is invalid.</exception>
    public EffectiveConfig ForDirectory(string directory)
    {
        directory = Path.GetFullPath(directory);
        if (_byDirectory.TryGetValue(directory, out var known))
        {
            return known;
        }

        var file = Path.Combine(directory, ConfigLoader.FileName);
        var config = File.Exists(file) ? ConfigLoader.Load(file, Display(file)) : null;
        EffectiveConfig result;
        if (config is { Root: true })
        {
            result = EffectiveConfig.Empty.With(config);
        }
        else
        {
            var parent = Path.GetDirectoryName(directory) is { } up ? ForDirectory(up) : EffectiveConfig.Empty;
            result = config is null ? parent : parent.With(config);
        }

        return _byDirectory.GetOrAdd(directory, result);
    }

    /// <summary>How messages name a file: relative to the working directory when inside it.</summary>
    public string Display(string fullPath)
    {
        var relative = Path.GetRelativePath(_workingDirectory, fullPath);
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? fullPath : relative;
    }
}
