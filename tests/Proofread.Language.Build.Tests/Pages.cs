using AngleSharp.Html.Parser;

namespace Proofread.Language.Build.Tests;

/// <summary>Runs <see cref="TechnicalDocs.Document"/> over invented HTML and returns sentences as space-joined tokens.</summary>
internal sealed class Pages : IDisposable
{
    private readonly TempDir _dir = new();
    private readonly HtmlParser _parser = new();
    private int _count;

    public List<string> Extract(string html, HashSet<string>? seen = null)
    {
        var file = _dir.Write($"page{_count++}.html", html);
        return TechnicalDocs.Document(_parser, file, seen ?? new HashSet<string>(StringComparer.Ordinal))
            .Select(s => string.Join(' ', s))
            .ToList();
    }

    /// <summary>A page whose body holds <paramref name="main"/> inside a Sphinx-style role=main element.</summary>
    public List<string> ExtractMain(string main, HashSet<string>? seen = null) =>
        Extract($"<!DOCTYPE html><html><head><title>t</title></head><body><div role=\"main\">{main}</div></body></html>", seen);

    public void Dispose() => _dir.Dispose();
}
