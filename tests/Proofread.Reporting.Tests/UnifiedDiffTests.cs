using System.Text;
using CsCheck;
using Proofread.Reporting.Diff;
using Proofread.Testing;
using Proofread.Text;

namespace Proofread.Reporting.Tests;

public class UnifiedDiffTests
{
    [Fact]
    public void Equal_texts_give_no_output() =>
        Assert.Equal(string.Empty, UnifiedDiff.Render("a.txt", "same\n", "same\n"));

    [Fact]
    public void One_changed_line_gives_git_style_headers_and_three_lines_of_context()
    {
        var old = "1\n2\n3\n4 teh\n5\n6\n7\n8\n";
        var diff = UnifiedDiff.Render("docs/a.txt", old, old.Replace("teh", "the", StringComparison.Ordinal));
        Assert.Equal(
            "--- a/docs/a.txt\n+++ b/docs/a.txt\n@@ -1,7 +1,7 @@\n 1\n 2\n 3\n-4 teh\n+4 the\n 5\n 6\n 7\n",
            diff);
    }

    [Fact]
    public void Changes_far_apart_make_separate_hunks_and_close_ones_share_one()
    {
        static string Lines(Func<int, string> line) => string.Concat(Enumerable.Range(1, 20).Select(i => line(i) + "\n"));
        var old = Lines(i => $"{i}");
        var far = Lines(i => i switch { 2 => "two", 19 => "nineteen", _ => $"{i}" });
        Assert.Equal(
            "--- a/n.txt\n+++ b/n.txt\n@@ -1,5 +1,5 @@\n 1\n-2\n+two\n 3\n 4\n 5\n@@ -16,5 +16,5 @@\n 16\n 17\n 18\n-19\n+nineteen\n 20\n",
            UnifiedDiff.Render("n.txt", old, far));

        // Lines 3 and 9 are six lines apart: their contexts touch, so one hunk.
        var near = Lines(i => i switch { 3 => "three", 9 => "nine", _ => $"{i}" });
        Assert.Equal(
            "--- a/n.txt\n+++ b/n.txt\n@@ -1,12 +1,12 @@\n 1\n 2\n-3\n+three\n 4\n 5\n 6\n 7\n 8\n-9\n+nine\n 10\n 11\n 12\n",
            UnifiedDiff.Render("n.txt", old, near));
    }

    [Fact]
    public void A_last_line_without_newline_is_marked()
    {
        Assert.Equal(
            "--- a/a.txt\n+++ b/a.txt\n@@ -1,2 +1,2 @@\n x\n-teh end\n\\ No newline at end of file\n+the end\n\\ No newline at end of file\n",
            UnifiedDiff.Render("a.txt", "x\nteh end", "x\nthe end"));
    }

    [Fact]
    public void Crlf_is_kept_on_every_line()
    {
        Assert.Equal(
            "--- a/a.txt\n+++ b/a.txt\n@@ -1,2 +1,2 @@\n-teh\r\n+the\r\n y\r\n",
            UnifiedDiff.Render("a.txt", "teh\r\ny\r\n", "the\r\ny\r\n"));
    }

    [Fact]
    public void A_utf8_byte_order_mark_stays_on_line_one()
    {
        Assert.Equal(
            "--- a/a.md\n+++ b/a.md\n@@ -1,2 +1,2 @@\n-\uFEFFteh\n+\uFEFFthe\n y\n",
            UnifiedDiff.Render("a.md", "teh\ny\n", "the\ny\n", TextEncodingKind.Utf8WithBom));
    }

    [Fact]
    public void Paths_are_shown_with_forward_slashes_and_without_a_leading_dot_slash()
    {
        var diff = UnifiedDiff.Render(@".\docs\a.txt", "a\n", "b\n");
        Assert.StartsWith("--- a/docs/a.txt\n+++ b/docs/a.txt\n", diff, StringComparison.Ordinal);
    }

    [Fact]
    public void Empty_ranges_name_the_line_before_them()
    {
        Assert.Equal("--- a/a.txt\n+++ b/a.txt\n@@ -0,0 +1 @@\n+new\n", UnifiedDiff.Render("a.txt", string.Empty, "new\n"));
        Assert.Equal("--- a/a.txt\n+++ b/a.txt\n@@ -1 +0,0 @@\n-old\n", UnifiedDiff.Render("a.txt", "old\n", string.Empty));
    }

    public static TheoryData<string, string, string, int> RealToolCases() => new()
    {
        { "patch", "lf", "teh cat\nsat in Thursday\n", 0 },
        { "git", "lf", "teh cat\nsat in Thursday\n", 0 },
        { "patch", "crlf", "a\r\nteh cat\r\nb\r\nc\r\nd\r\ne\r\nf\r\ng\r\nsat in Thursday\r\n", 0 },
        { "git", "crlf", "a\r\nteh cat\r\nb\r\nc\r\nd\r\ne\r\nf\r\ng\r\nsat in Thursday\r\n", 0 },
        { "patch", "lone-cr", "a\rteh cat\rb\rsat in Thursday\r", 0 },
        { "git", "lone-cr", "a\rteh cat\rb\rsat in Thursday\r", 0 },
        { "patch", "bom", "teh cat\nb\nsat in Thursday", 1 },
        { "git", "bom", "teh cat\nb\nsat in Thursday", 1 },
        { "patch", "no-final-newline", "x\ny\nteh cat", 0 },
        { "git", "no-final-newline", "x\ny\nteh cat", 0 },
        { "patch", "mixed", "teh\r\nx\ny\rz\r\nin Thursday", 0 },
        { "git", "mixed", "teh\r\nx\ny\rz\r\nin Thursday", 0 },
    };

    [Theory]
    [MemberData(nameof(RealToolCases))]
    public void Patch_and_git_apply_the_diff_byte_for_byte(string tool, string name, string old, int bom)
    {
        _ = name;
        var encoding = bom == 1 ? TextEncodingKind.Utf8WithBom : TextEncodingKind.Utf8;
        var fixedText = old.Replace("teh", "the", StringComparison.Ordinal).Replace("in Thursday", "on Thursday", StringComparison.Ordinal);
        var diff = UnifiedDiff.Render("dir/file.txt", old, fixedText, encoding);
        var result = ExternalTools.ApplyWith(tool, "dir/file.txt", SourceText.Encode(old, encoding), Encoding.UTF8.GetBytes(diff));
        Assert.Equal(SourceText.Encode(fixedText, encoding), result);
    }

    // Texts of few distinct lines with every kind of line ending, so diffs have shared lines.
    private static readonly Gen<string> Line = Gen.OneOf("a", "b", "teh", "in Thursday", "", " x ");
    private static readonly Gen<string> Ending = Gen.OneOf("\n", "\r\n", "\r");
    private static readonly Gen<string> Texts =
        Gen.Select(Gen.Select(Line, Ending, (l, e) => l + e).Array[0, 30], Line, (lines, last) => string.Concat(lines) + last);

    [Fact]
    public void Applying_the_diff_to_the_old_text_gives_the_new_text() =>
        Gen.Select(Texts, Texts, Gen.Int[0, 4]).Sample((old, @new, context) =>
        {
            var diff = UnifiedDiff.Render("f.txt", old, @new, TextEncodingKind.Utf8, context);
            var applied = diff.Length == 0 ? old : UnifiedPatch.Apply(old, diff);
            Assert.Equal(@new, applied);
        });

    [Fact]
    public void Gnu_patch_agrees_on_random_texts() =>
        Gen.Select(Texts, Texts, Gen.Bool).Sample(
            (old, @new, bom) =>
            {
                var encoding = bom ? TextEncodingKind.Utf8WithBom : TextEncodingKind.Utf8;
                var diff = UnifiedDiff.Render("f.txt", old, @new, encoding);
                if (diff.Length == 0)
                {
                    return;
                }

                var result = ExternalTools.ApplyWith("patch", "f.txt", SourceText.Encode(old, encoding), Encoding.UTF8.GetBytes(diff));
                Assert.Equal(SourceText.Encode(@new, encoding), result);
            },
            iter: 40);
}
