using System.Text;
using Proofread.Cli.Tests.Support;

namespace Proofread.Cli.Tests;

/// <summary>Awkward inputs: a clear error or a clean result, never a crash, and nothing written for a failing file.</summary>
public class InputTests
{
    private static readonly byte[] Binary = [0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x00, 0x00, 0xFF, 0xFE, 0x00, 0x80, 0xC3, 0x28, 0x00, 0x74, 0x65, 0x68];

    [Fact]
    public void An_empty_file_is_clean()
    {
        using var temp = new TempDirectory();
        temp.File("empty.txt", []);
        var result = InProcess.Run(temp.Path, "check", "empty.txt", "--fix");
        Assert.Equal(0, result.ExitCode);
        Assert.Equal("No suggestions in 1 file\n", result.Out);
        Assert.Empty(temp.Read("empty.txt"));
        Assert.Equal(
            """{"path":"empty.txt","words":0,"findings":[],"spin":{"score":null,"suspicious":0},"readability":{"fleschReadingEase":null,"fleschKincaidGrade":null,"gunningFog":null,"smog":null,"colemanLiau":null,"automatedReadabilityIndex":null,"daleChall":null,"sentences":0,"words":0,"syllables":0}}""" + "\n",
            InProcess.Run(temp.Path, "check", "empty.txt", "--format", "jsonl").Out);
    }

    [Theory]
    [InlineData("binary")]
    [InlineData("invalid-utf8")]
    public void An_undecodable_file_is_an_error_naming_it_and_is_never_written(string kind)
    {
        using var temp = new TempDirectory();
        var bytes = kind == "binary" ? Binary : [.. Encoding.UTF8.GetBytes("I saw teh cat "), 0xC3, 0x28, .. Encoding.UTF8.GetBytes(" in Thursday.\n")];
        temp.File("bad.txt", bytes);
        foreach (var mode in new[] { "--diff", "--fix", "--color=never" })
        {
            var result = InProcess.Run(temp.Path, "check", "bad.txt", mode);
            Assert.True(result.ExitCode == 2, result.ToString());
            Assert.StartsWith("proofread: bad.txt: ", result.Error, StringComparison.Ordinal);
            Assert.Single(result.Error.TrimEnd('\n').Split('\n'));
            Assert.DoesNotContain("---", result.Out, StringComparison.Ordinal);
            Assert.Equal(bytes, temp.Read("bad.txt"));
        }

        Assert.Single(Directory.GetFiles(temp.Path));
    }

    [Fact]
    public void A_nonexistent_path_is_an_error_and_the_other_files_are_still_checked()
    {
        using var temp = new TempDirectory();
        temp.File("a.txt", InProcess.Utf8("teh\n"));
        var result = InProcess.Run(temp.Path, "check", "nope.txt", "a.txt", "nope-dir/", "--format", "jsonl");
        Assert.Equal(2, result.ExitCode);
        Assert.Equal("proofread: nope.txt: no such file or directory\nproofread: nope-dir/: no such file or directory\n", result.Error);
        Assert.StartsWith("{\"path\":\"a.txt\"", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void A_directory_of_mixed_files_reports_the_good_ones_fixes_only_them_and_exits_2()
    {
        using var temp = new TempDirectory();
        temp.File("docs/a.txt", InProcess.Utf8("teh one\n"));
        temp.File("docs/b.md", InProcess.Utf8("in Thursday\n"));
        temp.File("docs/c.txt", Binary);
        temp.File("docs/d.png", Binary);
        temp.File("docs/e.rst", InProcess.Utf8("teh\n"));
        temp.File("docs/.git/f.txt", InProcess.Utf8("teh\n"));
        temp.File("docs/sub/g.text", InProcess.Utf8("fine\n"));

        var result = InProcess.Run(temp.Path, "check", "docs", "--color", "never");
        Assert.Equal(2, result.ExitCode);
        Assert.Equal("proofread: docs/c.txt: ", result.Error[..23]);
        Assert.Single(result.Error.TrimEnd('\n').Split('\n'));
        Assert.Contains("docs/a.txt:1:1 warning test.typo", result.Out, StringComparison.Ordinal);
        Assert.Contains("docs/b.md:1:1 error test.preposition", result.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("e.rst", result.Out, StringComparison.Ordinal);
        Assert.DoesNotContain(".git", result.Out, StringComparison.Ordinal);
        Assert.EndsWith("2 suggestions in 3 files\n", result.Out, StringComparison.Ordinal);

        var fix = InProcess.Run(temp.Path, "check", "docs", "--fix", "--color", "never");
        Assert.Equal(2, fix.ExitCode);
        Assert.Equal("the one\n", Encoding.UTF8.GetString(temp.Read("docs/a.txt")));
        Assert.Equal("on Thursday\n", Encoding.UTF8.GetString(temp.Read("docs/b.md")));
        Assert.Equal(Binary, temp.Read("docs/c.txt"));
        Assert.Equal("teh\n", Encoding.UTF8.GetString(temp.Read("docs/e.rst")));
        Assert.Equal("teh\n", Encoding.UTF8.GetString(temp.Read("docs/.git/f.txt")));
        Assert.Equal(7, Directory.GetFiles(temp.Path, "*", SearchOption.AllDirectories).Length);
    }

    [Fact]
    public void Include_and_exclude_globs_choose_files_inside_directories()
    {
        using var temp = new TempDirectory();
        temp.File("d/a.txt", InProcess.Utf8("teh\n"));
        temp.File("d/b.rst", InProcess.Utf8("teh\n"));
        temp.File("d/drafts/c.rst", InProcess.Utf8("teh\n"));
        temp.File("d/drafts/x.txt", InProcess.Utf8("teh\n"));

        static string Paths(CliResult result) =>
            string.Join(' ', result.Out.Split('\n').Where(l => l.StartsWith('{')).Select(l => l.Split('"')[3]));
        Assert.Equal("d/a.txt d/drafts/x.txt", Paths(InProcess.Run(temp.Path, "check", "d", "--format", "jsonl")));
        Assert.Equal("d/b.rst d/drafts/c.rst", Paths(InProcess.Run(temp.Path, "check", "d", "--format", "jsonl", "--include", "*.rst")));
        Assert.Equal("d/a.txt d/b.rst", Paths(InProcess.Run(temp.Path, "check", "d", "--format", "jsonl", "--include", "*.rst", "--include", "*.txt", "--exclude", "drafts/**")));

        // A file named on the command line is checked whatever its extension; a file named twice, once.
        Assert.Equal("d/b.rst d/a.txt d/drafts/x.txt", Paths(InProcess.Run(temp.Path, "check", "d/b.rst", "d", "d/a.txt", "--format", "jsonl")));
    }

    [Fact]
    public void Standard_input_is_read_with_a_dash()
    {
        using var temp = new TempDirectory();
        var result = InProcess.Run(temp.Path, ["check", "-", "--diff"], InProcess.Utf8("Met teh team in Thursday.\n"));
        Assert.Equal(1, result.ExitCode);
        Assert.Equal("--- a/-\n+++ b/-\n@@ -1 +1 @@\n-Met teh team in Thursday.\n+Met the team on Thursday.\n", result.Out);
        var invalid = InProcess.Run(temp.Path, ["check", "-"], [0xC3, 0x28]);
        Assert.Equal(2, invalid.ExitCode);
        Assert.StartsWith("proofread: -: ", invalid.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_50_MB_file_is_refused_with_a_clear_error()
    {
        using var temp = new TempDirectory();
        var path = Path.Combine(temp.Path, "huge.txt");
        using (var stream = File.Create(path))
        {
            var line = InProcess.Utf8("Some perfectly ordinary prose, written again and again and again.\n");
            for (long written = 0; written < 50L * 1024 * 1024; written += line.Length)
            {
                stream.Write(line);
            }
        }

        var before = File.GetLastWriteTimeUtc(path);
        var result = InProcess.Run(temp.Path, "check", "huge.txt", "--fix");
        Assert.Equal(2, result.ExitCode);
        Assert.Equal("proofread: huge.txt: file too large (50 MB; the limit is 16 MB)\n", result.Error);
        Assert.Equal(before, File.GetLastWriteTimeUtc(path));
    }

    [Fact]
    public void A_1_MB_line_is_checked_and_shown_as_an_excerpt()
    {
        using var temp = new TempDirectory();
        var words = string.Concat(Enumerable.Repeat("word ", 100_000));
        temp.File("long.txt", InProcess.Utf8(words + "teh " + words + "\n"));
        var result = InProcess.Run(temp.Path, "check", "long.txt", "--color", "never");
        Assert.Equal(1, result.ExitCode);
        var lines = result.Out.Split('\n');
        Assert.Equal("long.txt:1:500001 warning test.typo 'teh' is a typo.", lines[0]);
        Assert.True(lines[1].Length < 200);
        Assert.Equal(lines[1].IndexOf("teh", StringComparison.Ordinal), lines[2].IndexOf('^', StringComparison.Ordinal));

        var fix = InProcess.Run(temp.Path, "check", "long.txt", "--fix", "--color", "never");
        Assert.Equal(0, fix.ExitCode);
        Assert.Equal(InProcess.Utf8(words + "the " + words + "\n"), temp.Read("long.txt"));
    }

    [Fact]
    public void Output_follows_input_order_while_files_are_checked_in_parallel()
    {
        using var temp = new TempDirectory();
        var expected = new List<string>();
        for (var i = 0; i < 60; i++)
        {
            // Uneven sizes so that files finish out of order.
            var name = $"d/f{i:D2}.txt";
            temp.File(name, InProcess.Utf8("teh " + string.Concat(Enumerable.Repeat("word ", i * 7919 % 13 * 3000))));
            expected.Add(name);
        }

        var result = InProcess.Run(temp.Path, "check", "d", "--format", "jsonl");
        var paths = result.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split('"')[3]).ToList();
        Assert.Equal(expected, paths);
    }

    [Fact]
    public void Colour_follows_the_option_the_terminal_and_NO_COLOR()
    {
        using var temp = new TempDirectory();
        temp.File("a.txt", InProcess.Utf8("teh\n"));
        static bool Coloured(CliResult result) => result.Out.Contains('\e', StringComparison.Ordinal);
        Dictionary<string, string> noColor = new() { ["NO_COLOR"] = "1" };
        Dictionary<string, string> emptyNoColor = new() { ["NO_COLOR"] = string.Empty };
        Assert.False(Coloured(InProcess.Run(temp.Path, ["check", "a.txt"], null, terminal: false)));
        Assert.True(Coloured(InProcess.Run(temp.Path, ["check", "a.txt"], null, terminal: true)));
        Assert.False(Coloured(InProcess.Run(temp.Path, ["check", "a.txt"], null, terminal: true, noColor)));
        Assert.True(Coloured(InProcess.Run(temp.Path, ["check", "a.txt"], null, terminal: true, emptyNoColor)));
        Assert.True(Coloured(InProcess.Run(temp.Path, ["check", "a.txt", "--color", "always"], null, terminal: false, noColor)));
        Assert.False(Coloured(InProcess.Run(temp.Path, ["check", "a.txt", "--color", "never"], null, terminal: true)));
    }

    [Fact]
    public void Fix_reports_what_remains_and_keeps_permissions_and_symbolic_links()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // Unix permissions and symbolic links.
        }

        using var temp = new TempDirectory();
        var target = temp.File("real.txt", InProcess.Utf8("teh, very much\n"));
        File.SetUnixFileMode(target, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead);
        File.CreateSymbolicLink(Path.Combine(temp.Path, "link.txt"), "real.txt");

        var result = InProcess.Run(temp.Path, "check", "link.txt", "--fix", "--color", "never");
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(
            "link.txt:1:6 info test.intensifier Consider a stronger word.\n  1 | the, very much\n    |      ^^^^\n\nFixed 1 suggestion in 1 file\nReadability: very easy (Flesch reading ease 91.0, Flesch–Kincaid grade 1.3; 3 words in 1 sentence)\n1 suggestion in 1 file\n",
            result.Out);
        Assert.Equal("the, very much\n", File.ReadAllText(target));
        Assert.NotNull(new FileInfo(Path.Combine(temp.Path, "link.txt")).LinkTarget);
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead, File.GetUnixFileMode(target));
        Assert.Equal(2, Directory.GetFileSystemEntries(temp.Path).Length);
    }
}
