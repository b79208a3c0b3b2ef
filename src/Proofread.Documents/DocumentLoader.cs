using System.Globalization;
using Proofread.Text;

namespace Proofread.Documents;

/// <summary>Reads files, streams and in-memory bytes into analysable documents.</summary>
public static class DocumentLoader
{
    /// <summary>The largest input read by default: 256 MiB.</summary>
    public const long DefaultMaxBytes = 256L * 1024 * 1024;

    /// <summary>The path shown for standard input.</summary>
    public const string StandardInputPath = "-";

    private static readonly HashSet<string> MarkdownExtensions = new(StringComparer.OrdinalIgnoreCase)
    {
        ".md", ".markdown", ".mdown", ".mkd", ".mkdn", ".mdwn", ".mdtxt", ".mdtext", ".mdx",
    };

    /// <summary>The document kind implied by a path's extension (.md, .markdown … are Markdown; anything else is plain text).</summary>
    public static DocumentKind KindOf(string path) =>
        MarkdownExtensions.Contains(System.IO.Path.GetExtension(path)) ? DocumentKind.Markdown : DocumentKind.PlainText;

    /// <summary>The prose layout of <paramref name="text"/> read as <paramref name="kind"/>.</summary>
    public static ProseLayout LayoutOf(string text, DocumentKind kind) => kind switch
    {
        DocumentKind.Markdown => MarkdownProse.Extract(text),
        _ => ProseLayout.ForPlainText(text),
    };

    /// <summary>Reads the file at <paramref name="path"/>; <paramref name="kind"/> overrides the kind implied by its extension.</summary>
    /// <exception cref="DocumentLoadException">
    /// The path is invalid, missing or a directory, the file is unreadable, larger than
    /// <paramref name="maxBytes"/> (default <see cref="DefaultMaxBytes"/>), binary or undecodable.
    /// </exception>
    public static Document LoadFile(string path, DocumentKind? kind = null, long maxBytes = DefaultMaxBytes)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentOutOfRangeException.ThrowIfNegative(maxBytes);
        return FromBytes(path, ReadFile(path, maxBytes), kind);
    }

    /// <summary>
    /// Reads and decodes the file at <paramref name="path"/> without laying it out or annotating it
    /// (for callers that only need the text and its encoding, such as writing a fix back).
    /// </summary>
    /// <exception cref="DocumentLoadException">As for <see cref="LoadFile"/>.</exception>
    public static SourceText ReadSource(string path, long maxBytes = DefaultMaxBytes)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentOutOfRangeException.ThrowIfNegative(maxBytes);
        var bytes = ReadFile(path, maxBytes);
        return SourceTextDecoder.TryDecode(bytes, out var source, out var error) ? source! : throw new DocumentLoadException(path, error!);
    }

    /// <summary>
    /// Reads <paramref name="stream"/> to its end (standard input, a pipe, a network stream) as the
    /// content of <paramref name="displayPath"/>, which names it in errors and findings and, unless
    /// <paramref name="kind"/> is given, decides its kind.
    /// </summary>
    /// <exception cref="DocumentLoadException">
    /// Reading fails, the stream holds more than <paramref name="maxBytes"/> bytes, or its bytes are binary or undecodable.
    /// </exception>
    public static Document LoadStream(string displayPath, Stream stream, DocumentKind? kind = null, long maxBytes = DefaultMaxBytes)
    {
        ArgumentNullException.ThrowIfNull(displayPath);
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentOutOfRangeException.ThrowIfNegative(maxBytes);
        byte[] bytes;
        try
        {
            bytes = ReadCapped(stream, maxBytes) ?? throw new DocumentLoadException(displayPath, TooLarge(null, maxBytes));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ObjectDisposedException)
        {
            throw new DocumentLoadException(displayPath, OneLine(e.Message), e);
        }

        return FromBytes(displayPath, bytes, kind);
    }

    /// <summary>Decodes <paramref name="bytes"/> as the content of <paramref name="path"/>.</summary>
    /// <exception cref="DocumentLoadException">The bytes are binary or undecodable.</exception>
    public static Document FromBytes(string path, ReadOnlySpan<byte> bytes, DocumentKind? kind = null)
    {
        if (!SourceTextDecoder.TryDecode(bytes, out var source, out var error))
        {
            throw new DocumentLoadException(path, error!);
        }

        return FromSource(path, source!, kind ?? KindOf(path));
    }

    /// <summary>Builds a document of <paramref name="kind"/> from decoded text.</summary>
    public static Document FromSource(string path, SourceText source, DocumentKind kind)
    {
        ArgumentNullException.ThrowIfNull(source);
        return Document.Create(path, source, kind, LayoutOf(source.Text, kind));
    }

    /// <summary>Reads a whole file, turning every way it can fail into a one-line reason.</summary>
    private static byte[] ReadFile(string path, long maxBytes)
    {
        try
        {
            if (path.Length == 0 || path.Contains('\0', StringComparison.Ordinal))
            {
                throw new DocumentLoadException(path, "invalid path");
            }

            if (Directory.Exists(path))
            {
                throw new DocumentLoadException(path, "is a directory");
            }

            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, bufferSize: 1, FileOptions.SequentialScan);

            // Regular files report their length, so an oversized one is refused before reading;
            // pipes and devices do not, and are capped while reading.
            if (stream.CanSeek && stream.Length > maxBytes)
            {
                throw new DocumentLoadException(path, TooLarge(stream.Length, maxBytes));
            }

            return ReadCapped(stream, maxBytes) ?? throw new DocumentLoadException(path, TooLarge(null, maxBytes));
        }
        catch (FileNotFoundException e)
        {
            throw new DocumentLoadException(path, "no such file", e);
        }
        catch (DirectoryNotFoundException e)
        {
            throw new DocumentLoadException(path, "no such file or directory", e);
        }
        catch (UnauthorizedAccessException e)
        {
            throw new DocumentLoadException(path, "permission denied", e);
        }
        catch (PathTooLongException e)
        {
            throw new DocumentLoadException(path, "path too long", e);
        }
        catch (Exception e) when (e is IOException or NotSupportedException or ArgumentException)
        {
            // .NET appends " : '/the/path'" to system errors; the exception names the path already.
            var reason = OneLine(e.Message).Replace($" : '{path}'", "", StringComparison.Ordinal);
            throw new DocumentLoadException(path, reason.Length > 0 ? reason : e.GetType().Name, e);
        }
    }

    /// <summary>Reads <paramref name="stream"/> to its end, or returns null once it holds more than <paramref name="maxBytes"/>.</summary>
    private static byte[]? ReadCapped(Stream stream, long maxBytes)
    {
        var limit = (int)Math.Min(maxBytes, Array.MaxLength - 1);
        var expected = stream.CanSeek ? Math.Max(0, stream.Length - stream.Position) : 0;
        using var buffer = new MemoryStream((int)Math.Min(expected, limit));
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        // A file whose length was known fills its buffer exactly: hand that over instead of copying it.
        return buffer.TryGetBuffer(out var written) && written.Offset == 0 && written.Count == written.Array!.Length
            ? written.Array
            : buffer.ToArray();
    }

    private static string TooLarge(long? size, long maxBytes) =>
        size is { } known
            ? string.Create(CultureInfo.InvariantCulture, $"file too large ({known:N0} bytes; the limit is {maxBytes:N0} bytes)")
            : string.Create(CultureInfo.InvariantCulture, $"file too large (over the limit of {maxBytes:N0} bytes)");

    private static string OneLine(string message) => message.ReplaceLineEndings(" ").Trim();
}
