using System.IO.Compression;
using System.Text;

namespace Proofread.Lexicon.Build;

/// <summary>Writes artifacts deterministically: sorted input, LF line ends, gzip with no name or time.</summary>
internal static class Artifact
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static void WriteGzipLines(string path, IEnumerable<string> lines)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var text = new StringBuilder();
        foreach (var line in lines)
        {
            text.Append(line).Append('\n');
        }

        WriteGzip(path, Utf8.GetBytes(text.ToString()));
    }

    public static void WriteLines(string path, IEnumerable<string> lines)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var text = new StringBuilder();
        foreach (var line in lines)
        {
            text.Append(line).Append('\n');
        }

        File.WriteAllBytes(path, Utf8.GetBytes(text.ToString()));
    }

    public static void WriteGzip(string path, byte[] bytes)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using var buffer = new MemoryStream();
        // .NET's GZipStream writes a fixed header (mtime 0, no file name), so equal input gives equal bytes.
        using (var gzip = new GZipStream(buffer, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            gzip.Write(bytes);
        }

        File.WriteAllBytes(path, buffer.ToArray());
    }

    public static string Package(string sources, string prefix)
    {
        var match = Directory.GetDirectories(sources, prefix + "*").Order(StringComparer.Ordinal).FirstOrDefault()
            ?? throw new DirectoryNotFoundException($"no unpacked package '{prefix}*' under {sources}");
        return match;
    }
}
