using Proofread.Text;

namespace Proofread.Documents;

/// <summary>Reads files and in-memory bytes into analysable documents.</summary>
public static class DocumentLoader
{
    /// <summary>The document kind implied by a path's extension (.md, .markdown … are Markdown).</summary>
    public static DocumentKind KindOf(string path) =>
        System.IO.Path.GetExtension(path).ToLowerInvariant() is ".md" or ".markdown" or ".mdown" or ".mkd" or ".mdx"
            ? DocumentKind.Markdown
            : DocumentKind.PlainText;

    /// <summary>Reads the file at <paramref name="path"/>.</summary>
    /// <exception cref="DocumentLoadException">The file is unreadable, binary or undecodable.</exception>
    public static Document LoadFile(string path, DocumentKind? kind = null)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new DocumentLoadException(path, e.Message, e);
        }

        return FromBytes(path, bytes, kind);
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
        // Stub: Markdown is treated as plain text until the Markdown prose extractor lands.
        var layout = ProseLayout.ForPlainText(source.Text);
        return Document.Create(path, source, kind, layout);
    }
}
