using Microsoft.Extensions.FileSystemGlobbing;
using Microsoft.Extensions.FileSystemGlobbing.Abstractions;

namespace Proofread.Cli;

/// <summary>One thing to check: a file, or standard input.</summary>
/// <param name="Path">The path shown in reports and diffs, as the user gave it (joined with the part found inside a directory).</param>
/// <param name="FullPath">Where the file is (empty for standard input).</param>
/// <param name="IsStandardInput">Whether this is '-'.</param>
internal sealed record Input(string Path, string FullPath, bool IsStandardInput);

/// <summary>
/// Expands the command line's paths, in order: a file is taken as it is (whatever its extension),
/// '-' is standard input, and a directory is searched recursively for files that match the
/// include globs and none of the exclude globs, in ordinal order of their paths.
/// </summary>
internal static class InputResolver
{
    /// <summary>The include globs used when <c>--include</c> is not given.</summary>
    public static readonly string[] DefaultIncludes = ["*.txt", "*.md", "*.markdown", "*.text"];

    // Never proofread version-control or package folders.
    private static readonly string[] AlwaysExcluded = ["**/.git/**", "**/node_modules/**"];

    /// <summary>Resolves the settings' paths; paths that do not exist become errors (one line each).</summary>
    /// <exception cref="Configuration.ConfigException">A config met by <see cref="CheckSettings.Accept"/> is invalid.</exception>
    public static (List<Input> Inputs, List<string> Errors) Resolve(CheckSettings settings, string workingDirectory)
    {
        var inputs = new List<Input>();
        var errors = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        Matcher? matcher = null;
        foreach (var path in settings.Paths)
        {
            if (path == "-")
            {
                inputs.Add(new Input("-", string.Empty, IsStandardInput: true));
                continue;
            }

            var full = Path.GetFullPath(path, workingDirectory);
            if (File.Exists(full))
            {
                Add(path, full);
            }
            else if (Directory.Exists(full))
            {
                matcher ??= CreateMatcher(settings);
                var found = matcher.Execute(new DirectoryInfoWrapper(new DirectoryInfo(full)))
                    .Files
                    .Select(f => f.Path)
                    .Order(StringComparer.Ordinal);
                foreach (var relative in found)
                {
                    var file = Path.GetFullPath(relative, full);
                    if (settings.Accept?.Invoke(file) is not false)
                    {
                        Add(Join(path, relative), file);
                    }
                }
            }
            else
            {
                errors.Add($"{path}: no such file or directory");
            }
        }

        return (inputs, errors);

        // The same file named twice is checked once (and --fix never writes it twice).
        void Add(string path, string full)
        {
            if (seen.Add(full))
            {
                inputs.Add(new Input(path, full, IsStandardInput: false));
            }
        }
    }

    private static Matcher CreateMatcher(CheckSettings settings)
    {
        var matcher = new Matcher(StringComparison.OrdinalIgnoreCase);
        foreach (var include in settings.Includes)
        {
            matcher.AddInclude(AnyDepth(include));
        }

        foreach (var exclude in settings.Excludes.Concat(AlwaysExcluded))
        {
            matcher.AddExclude(AnyDepth(exclude));
        }

        return matcher;
    }

    // As in .gitignore, a glob without a slash matches a file name at any depth.
    private static string AnyDepth(string glob) => glob.Contains('/', StringComparison.Ordinal) ? glob : "**/" + glob;

    private static string Join(string directory, string relative)
    {
        var joined = directory.EndsWith('/') || directory.EndsWith(Path.DirectorySeparatorChar)
            ? directory + relative
            : directory + "/" + relative;
        return joined.StartsWith("./", StringComparison.Ordinal) && joined.Length > 2 ? joined[2..] : joined;
    }
}
