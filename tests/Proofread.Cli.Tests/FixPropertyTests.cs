using System.Text;
using CsCheck;
using Proofread.Cli.Tests.Support;
using Proofread.Testing;
using Proofread.Text;

namespace Proofread.Cli.Tests;

/// <summary>Invariants of --diff and --fix over random documents, encodings and line endings.</summary>
public class FixPropertyTests
{
    // UTF-16 joins the generated encodings once the decoder reads it (the skeleton's stub decoder reads UTF-8 only).
    private static readonly TextEncodingKind[] Encodings = DecoderReadsUtf16()
        ? [TextEncodingKind.Utf8, TextEncodingKind.Utf8WithBom, TextEncodingKind.Utf16LittleEndian, TextEncodingKind.Utf16BigEndian]
        : [TextEncodingKind.Utf8, TextEncodingKind.Utf8WithBom];

    private static readonly Gen<string> Ending = Gen.OneOf("\n", "\r\n", "\r");

    private static Gen<string> Documents(params string[] lines) =>
        Gen.Select(Gen.Select(Gen.OneOf(lines), Ending, (l, e) => l + e).Array[0, 12], Gen.OneOf(lines), (body, last) => string.Concat(body) + last);

    private static readonly Gen<string> WithEdits = Documents(
        "I saw teh cat", "We met in Thursday.", "The World Wellbeing Corporation said so", "very", "", "  plain words ", "teh teh in Thursday", "Ünïcode “quotes” 😀");

    private static readonly Gen<string> WithoutEdits = Documents("plain words", "", "very", "Ünïcode “quotes” 😀", "  spaced\tout  ");

    [Fact]
    public void Applying_the_diff_gives_exactly_what_fix_writes_and_fixing_again_changes_nothing() =>
        Gen.Select(WithEdits, Gen.OneOf(Encodings)).Sample((text, encoding) =>
        {
            using var temp = new TempDirectory();
            var original = SourceText.Encode(text, encoding);
            temp.File("doc.txt", original);

            var diff = InProcess.Run(temp.Path, "check", "doc.txt", "--diff");
            Assert.True(diff.ExitCode is 0 or 1, diff.ToString());
            var fix = InProcess.Run(temp.Path, "check", "doc.txt", "--fix", "--fail-on", "never");
            Assert.True(fix.ExitCode == 0, fix.ToString());
            var fixedBytes = temp.Read("doc.txt");

            // The diff is of decoded text (with a UTF-8 BOM on line 1): apply it and encode back.
            var utf8 = encoding is TextEncodingKind.Utf8 or TextEncodingKind.Utf8WithBom;
            var before = utf8 ? Encoding.UTF8.GetString(original) : text;
            var patched = diff.Out.Length == 0 ? before : UnifiedPatch.Apply(before, diff.Out);
            var expected = utf8 ? Encoding.UTF8.GetBytes(patched) : SourceText.Encode(patched, encoding);
            Assert.Equal(expected, fixedBytes);
            Assert.Equal(diff.Out.Length == 0, original.AsSpan().SequenceEqual(fixedBytes));

            var again = InProcess.Run(temp.Path, "check", "doc.txt", "--fix", "--fail-on", "never");
            Assert.Equal(0, again.ExitCode);
            Assert.DoesNotContain("Fixed", again.Out, StringComparison.Ordinal);
            Assert.Equal(fixedBytes, temp.Read("doc.txt"));
            Assert.Equal(string.Empty, InProcess.Run(temp.Path, "check", "doc.txt", "--diff").Out);
        });

    [Fact]
    public void Files_without_edits_are_never_touched() =>
        Gen.Select(WithoutEdits, Gen.OneOf(Encodings)).Sample((text, encoding) =>
        {
            using var temp = new TempDirectory();
            var original = SourceText.Encode(text, encoding);
            var path = temp.File("doc.md", original);
            var stamp = new DateTime(2001, 2, 3, 4, 5, 6, DateTimeKind.Utc);
            File.SetLastWriteTimeUtc(path, stamp);

            var fix = InProcess.Run(temp.Path, "check", "doc.md", "--fix");
            Assert.True(fix.ExitCode == 0, fix.ToString());
            Assert.Equal(original, temp.Read("doc.md"));
            Assert.Equal(stamp, File.GetLastWriteTimeUtc(path));
            Assert.Equal(string.Empty, InProcess.Run(temp.Path, "check", "doc.md", "--diff").Out);
        });

    [Fact]
    public void The_diff_of_several_files_applies_with_git_and_patch_like_fix()
    {
        using var temp = new TempDirectory();
        var files = new Dictionary<string, byte[]>
        {
            ["d/lf.txt"] = Encoding.UTF8.GetBytes("a\nI saw teh cat\nb\nc\nd\ne\nf\ng\nh\nWe met in Thursday.\n"),
            ["d/crlf.txt"] = Encoding.UTF8.GetBytes("a\r\nI saw teh cat\r\nend"),
            ["d/bom.md"] = SourceText.Encode("teh\nx\n", TextEncodingKind.Utf8WithBom),
            ["d/cr.txt"] = Encoding.UTF8.GetBytes("x\rteh\r"),
            ["d/clean.txt"] = Encoding.UTF8.GetBytes("nothing\n"),
        };
        foreach (var (name, bytes) in files)
        {
            temp.File(name, bytes);
        }

        var diff = InProcess.Run(temp.Path, "check", "d", "--diff").Out;
        Assert.Equal(0, InProcess.Run(temp.Path, "check", "d", "--fix").ExitCode);
        var pieces = UnifiedPatch.SplitFiles(diff);
        Assert.Equal(["d/bom.md", "d/cr.txt", "d/crlf.txt", "d/lf.txt"], pieces.Select(p => p.Path));
        foreach (var (path, piece) in pieces)
        {
            var patch = InProcess.Utf8(piece);
            Assert.Equal(temp.Read(path), ExternalTools.ApplyWith("patch", path, files[path], patch));
            Assert.Equal(temp.Read(path), ExternalTools.ApplyWith("git", path, files[path], patch));
        }

        Assert.Equal(files["d/clean.txt"], temp.Read("d/clean.txt"));
    }

    private static bool DecoderReadsUtf16() =>
        SourceTextDecoder.TryDecode(SourceText.Encode("a", TextEncodingKind.Utf16LittleEndian), out var text, out _)
        && text!.Encoding == TextEncodingKind.Utf16LittleEndian;
}
