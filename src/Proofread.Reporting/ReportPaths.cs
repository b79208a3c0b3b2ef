using Proofread.Reporting.Diff;

namespace Proofread.Reporting;

/// <summary>Paths as CI formats want them: relative to the repository root, with forward slashes.</summary>
public static class ReportPaths
{
    /// <summary>
    /// <paramref name="path"/> (as the user gave it) relative to <paramref name="baseDirectory"/>,
    /// with forward slashes and no leading "./". A relative path is already relative to the
    /// working directory; an absolute one inside <paramref name="baseDirectory"/> is made relative;
    /// anything else, and standard input ("-"), is kept.
    /// </summary>
    public static string Relative(string path, string? baseDirectory)
    {
        if (baseDirectory is not null && path != "-" && Path.IsPathFullyQualified(path))
        {
            var relative = Path.GetRelativePath(baseDirectory, path);
            if (!relative.StartsWith("..", StringComparison.Ordinal) && !Path.IsPathFullyQualified(relative))
            {
                path = relative;
            }
        }

        return UnifiedDiff.NormalizePath(path);
    }

    /// <summary>
    /// A relative path as a URI reference (SARIF <c>artifactLocation.uri</c>): each segment
    /// percent-encoded, slashes kept; an absolute path becomes a <c>file://</c> URI.
    /// </summary>
    public static string ToUri(string relativePath)
    {
        if (Path.IsPathFullyQualified(relativePath))
        {
            return new Uri(relativePath).AbsoluteUri;
        }

        return string.Join('/', relativePath.Split('/').Select(Uri.EscapeDataString));
    }
}
