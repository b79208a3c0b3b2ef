using System.Text;
using Proofread.Cli.Tests.Support;

namespace Proofread.Cli.Tests;

/// <summary><c>proofread baseline</c>, <c>check --baseline</c>, <c>check --stdin-jsonl</c> and the option rules around them.</summary>
public class ReportingOptionTests
{
    private const string Article = "Kim spoke to the party congress.\nHe said teh plan would work.\n";

    [Fact]
    public void A_baseline_suppresses_recorded_findings_after_a_line_is_added_above_and_a_new_one_is_reported()
    {
        using var temp = new TempDirectory();
        temp.File("docs/a.txt", InProcess.Utf8(Article));
        var recorded = InProcess.Run(temp.Path, "baseline", "docs", "--out", "proofread-baseline.json");
        Assert.True(recorded.ExitCode == 0, recorded.ToString());
        Assert.Equal("Recorded 1 finding of 1 file in proofread-baseline.json\n", recorded.Out);
        var baseline = Encoding.UTF8.GetString(temp.Read("proofread-baseline.json"));
        Assert.Contains("\"path\": \"docs/a.txt\"", baseline, StringComparison.Ordinal);
        Assert.Contains("\"rule\": \"test.typo\"", baseline, StringComparison.Ordinal);

        temp.File("docs/a.txt", InProcess.Utf8("A new opening line.\n\n" + Article));
        var quiet = InProcess.Run(temp.Path, "check", "docs", "--baseline", "proofread-baseline.json", "--color", "never");
        Assert.True(quiet.ExitCode == 0, quiet.ToString());
        Assert.EndsWith("\nNo suggestions in 1 file\n", quiet.Out, StringComparison.Ordinal);
        Assert.StartsWith("Readability: ", quiet.Out, StringComparison.Ordinal);

        temp.File("docs/a.txt", InProcess.Utf8("A new opening line with teh slip.\n\n" + Article));
        var fresh = InProcess.Run(temp.Path, "check", "docs", "--baseline", "proofread-baseline.json", "--format", "github");
        Assert.Equal(1, fresh.ExitCode);
        Assert.StartsWith("Readability of docs/a.txt: Flesch reading ease ", fresh.Out, StringComparison.Ordinal);
        Assert.Equal(
            "::warning file=docs/a.txt,line=1,col=25,endLine=1,endColumn=28,title=Common typo (test.typo)::'teh' is a typo. Suggestion: the (95%25)\n"
            + "Proofread: 1 suggestion in 1 file (1 warning)\n",
            fresh.Out[(fresh.Out.IndexOf('\n', StringComparison.Ordinal) + 1)..]);
    }

    [Theory]
    [InlineData(true, null, true)]
    [InlineData(true, "1", false)]
    [InlineData(false, null, false)]
    public void Word_diffs_are_coloured_when_the_colour_setting_allows(bool terminal, string? noColor, bool coloured)
    {
        using var temp = new TempDirectory();
        temp.File("a.txt", InProcess.Utf8(Article));
        var environment = noColor is null ? null : new Dictionary<string, string> { ["NO_COLOR"] = noColor };
        var result = InProcess.Run(temp.Path, ["check", "a.txt", "--diff", "--diff-style", "word"], null, terminal, environment);
        Assert.Equal(1, result.ExitCode);
        Assert.Contains(coloured ? "He said \e[31mteh\e[0m\e[32mthe\e[0m plan" : "He said [-teh-]{+the+} plan", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Side_by_side_takes_the_width_from_COLUMNS()
    {
        using var temp = new TempDirectory();
        temp.File("a.txt", InProcess.Utf8(Article));
        var result = InProcess.Run(temp.Path, ["check", "a.txt", "--diff", "--diff-style", "side-by-side"], null, environment: new Dictionary<string, string> { ["COLUMNS"] = "60" });
        var rows = result.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).ToList();
        // 60 columns: 2 + 26 + 3 + 2 + 26; each side breaks after "would", at a space.
        Assert.Equal(["2 He said [-teh-] plan would | 2 He said {+the+} plan would", "  work." + new string(' ', 21) + "     work."], rows);
    }

    [Fact]
    public void A_missing_or_broken_baseline_is_an_input_error()
    {
        using var temp = new TempDirectory();
        temp.File("a.txt", InProcess.Utf8(Article));
        temp.File("bad.json", InProcess.Utf8("{\"version\": 7}"));
        var missing = InProcess.Run(temp.Path, "check", "a.txt", "--baseline", "none.json");
        Assert.Equal(2, missing.ExitCode);
        Assert.Equal("proofread: none.json: no such file\n", missing.Error);
        var broken = InProcess.Run(temp.Path, "check", "a.txt", "--baseline", "bad.json");
        Assert.Equal(2, broken.ExitCode);
        Assert.StartsWith("proofread: bad.json: not a version 1 baseline", broken.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("check|a.txt|--diff-style|word", "--diff-style applies to --diff")]
    [InlineData("check|a.txt|--diff|--diff-style|fancy", "fancy")]
    [InlineData("check|a.txt|--baseline|b.json|--fix", "--baseline filters reported findings")]
    [InlineData("check|a.txt|--stdin-jsonl", "--stdin-jsonl reads standard input; give no PATH")]
    [InlineData("check|--stdin-jsonl|--format|json", "--format can only be jsonl")]
    [InlineData("check|--stdin-jsonl|--diff", "cannot be combined with --diff")]
    [InlineData("baseline|a.txt", "--out")]
    [InlineData("baseline|--out|b.json", "Required argument missing for command: 'baseline'")]
    [InlineData("baseline|a.txt|--out|b.json|--fix", "--diff, --fix and --format belong to check")]
    [InlineData("check|a.txt|--format|xml", "Argument 'xml' not recognized")]
    public void Usage_errors(string args, string message)
    {
        using var temp = new TempDirectory();
        temp.File("a.txt", InProcess.Utf8(Article));
        var result = InProcess.Run(temp.Path, args.Split('|'));
        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains(message, result.Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, result.Out);
    }

    [Fact]
    public void Stdin_jsonl_writes_one_line_per_document_and_an_error_line_for_a_bad_one()
    {
        using var temp = new TempDirectory();
        var input = "{\"path\":\"a.md\",\"text\":\"# Title\\n\\nHe said teh plan.\\n\"}\n"
            + "\n"
            + "[1,2]\n"
            + "{\"text\":\"All fine.\"}\n";
        var result = InProcess.Run(temp.Path, ["check", "--stdin-jsonl"], InProcess.Utf8(input));
        Assert.Equal(2, result.ExitCode);
        var lines = result.Out.Split('\n');
        Assert.Equal(4, lines.Length);
        Assert.StartsWith("{\"path\":\"a.md\",\"words\":", lines[0], StringComparison.Ordinal);
        Assert.Contains("\"line\":3,\"column\":9,\"offset\":17,\"length\":3,\"text\":\"teh\"", lines[0], StringComparison.Ordinal);
        Assert.Equal("{\"path\":null,\"error\":\"expected a JSON object {\\\"path\\\": …, \\\"text\\\": …}\"}", lines[1]);
        Assert.StartsWith("{\"path\":\"stdin:4\",\"words\":2,\"findings\":[],", lines[2], StringComparison.Ordinal);
        Assert.Equal(string.Empty, lines[3]);
        Assert.Equal("proofread: standard input line 3: expected a JSON object {\"path\": …, \"text\": …}\n", result.Error);
    }

    [Fact]
    public void Stdin_jsonl_flushes_each_result_line_before_reading_the_next_document()
    {
        var output = new FlushRecordingWriter();
        const string First = "{\"path\":\"1.txt\",\"text\":\"teh\"}\n";
        var input = new MemoryStream(InProcess.Utf8(First + "{\"path\":\"2.txt\",\"text\":\"fine\"}\n"));
        var flushesAtRead = new List<int>();
        var host = new CliHost(Path.GetTempPath(), () => new ReadRecordingStream(input, () => flushesAtRead.Add(output.Flushed.Count)), output, TextWriter.Null, false, _ => null);
        Assert.Equal(1, new ProofreadCli(() => [new FakeAnalyzer()]).Run(["check", "--stdin-jsonl"], host));

        // The stream gives one byte a read: read number First.Length brings the second document's
        // first byte, and by then the first result line had been written whole and flushed.
        Assert.Equal(0, flushesAtRead[First.Length - 1]);
        Assert.True(flushesAtRead[First.Length] >= 1);
        Assert.StartsWith("{\"path\":\"1.txt\"", output.Flushed[0], StringComparison.Ordinal);
        Assert.EndsWith("}\n", output.Flushed[0], StringComparison.Ordinal);
        Assert.Equal(1, output.Flushed[0].Count(c => c == '\n'));
    }

    private sealed class FlushRecordingWriter : StringWriter
    {
        public List<string> Flushed { get; } = [];

        public override void Flush()
        {
            Flushed.Add(ToString());
            base.Flush();
        }
    }

    private sealed class ReadRecordingStream(Stream inner, Action onRead) : Stream
    {
        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            onRead();
            return inner.Read(buffer, offset, Math.Min(count, 1));
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
