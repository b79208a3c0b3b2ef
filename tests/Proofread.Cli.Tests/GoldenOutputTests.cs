using System.Text;
using Proofread.Cli.Tests.Support;
using Proofread.Testing;

namespace Proofread.Cli.Tests;

/// <summary>
/// Byte-exact output of <c>check</c> on Fixtures/corpus, compared with Fixtures/expected.
/// To accept new output after a deliberate change, run the tests with
/// PROOFREAD_UPDATE_GOLDEN=&lt;repo&gt;/tests/Proofread.Cli.Tests/Fixtures/expected and review the git diff.
/// </summary>
public class GoldenOutputTests
{
    [Theory]
    [InlineData("check.txt", 1, new[] { "--color", "never" })]
    [InlineData("check.json", 1, new[] { "--format", "json" })]
    [InlineData("check.jsonl", 1, new[] { "--format", "jsonl" })]
    [InlineData("check.diff", 1, new[] { "--diff" })]
    [InlineData("check-errors-only.txt", 1, new[] { "--fail-on", "error", "--color", "never" })]
    [InlineData("check.sarif", 1, new[] { "--format", "sarif" })]
    [InlineData("check.github.txt", 1, new[] { "--format", "github" })]
    [InlineData("check.rdjson", 1, new[] { "--format", "rdjson" })]
    [InlineData("check.checkstyle.xml", 1, new[] { "--format", "checkstyle" })]
    [InlineData("check.html", 1, new[] { "--format", "html" })]
    [InlineData("check.word.diff", 1, new[] { "--diff", "--diff-style", "word", "--color", "never" })]
    [InlineData("check.word-color.diff", 1, new[] { "--diff", "--diff-style", "word", "--color", "always" })]
    [InlineData("check.side-by-side.diff", 1, new[] { "--diff", "--diff-style", "side-by-side", "--color", "never" })]
    public void Check_output_matches_the_golden_file(string golden, int exitCode, string[] options)
    {
        using var temp = new TempDirectory();
        temp.CopyFixture("corpus", "corpus");
        var result = InProcess.Run(temp.Path, ["check", "corpus", .. options]);
        Assert.True(result.ExitCode == exitCode, result.ToString());
        Assert.Equal(string.Empty, result.Error);
        AssertGolden(golden, result.Out);
    }

    [Fact]
    public void The_diff_applies_with_patch_and_git_to_give_the_fixed_files()
    {
        using var temp = new TempDirectory();
        temp.CopyFixture("corpus", "corpus");
        var diff = InProcess.Run(temp.Path, "check", "corpus", "--diff").Out;
        Assert.Equal(0, InProcess.Run(temp.Path, "check", "corpus", "--fix", "--fail-on", "never").ExitCode);
        foreach (var (path, fileDiff) in UnifiedPatch.SplitFiles(diff))
        {
            var original = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Fixtures", path));
            var expected = temp.Read(path);
            Assert.NotEqual(original, expected);
            Assert.Equal(expected, ExternalTools.ApplyWith("patch", path, original, InProcess.Utf8(fileDiff)));
            Assert.Equal(expected, ExternalTools.ApplyWith("git", path, original, InProcess.Utf8(fileDiff)));
        }
    }

    private static void AssertGolden(string name, string actual)
    {
        var bytes = InProcess.Utf8(actual);
        if (Environment.GetEnvironmentVariable("PROOFREAD_UPDATE_GOLDEN") is { Length: > 0 } folder)
        {
            File.WriteAllBytes(Path.Combine(folder, name), bytes);
            return;
        }

        var expected = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Fixtures", "expected", name));
        Assert.True(expected.AsSpan().SequenceEqual(bytes), $"{name} differs. Actual output:\n{actual}\nExpected:\n{Encoding.UTF8.GetString(expected)}");
    }
}
