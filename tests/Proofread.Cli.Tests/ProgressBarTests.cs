using Proofread.Cli.Tests.Support;

namespace Proofread.Cli.Tests;

public class ProgressBarTests
{
    private static CliHost Host(TextWriter error, bool terminal) =>
        new(".", () => Stream.Null, TextWriter.Null, error, false, _ => null) { ErrorIsTerminal = terminal };

    [Fact]
    public void Renders_a_fixed_width_bar()
    {
        Assert.Equal("[..............................] 0/40 files", ProgressBar.Render(0, 40));
        Assert.Equal("[#######.......................] 10/40 files", ProgressBar.Render(10, 40));
        Assert.Equal("[##############################] 40/40 files", ProgressBar.Render(40, 40));
    }

    [Fact]
    public void Draws_after_the_delay_at_most_ten_times_a_second_and_erases_itself()
    {
        using var error = new StringWriter();
        var now = TimeSpan.Zero;
        var bar = ProgressBar.Start(Host(error, terminal: true), 4, () => now);
        bar.Report(1);
        Assert.Equal(string.Empty, error.ToString());
        now = TimeSpan.FromMilliseconds(400);
        bar.Report(1);
        now = TimeSpan.FromMilliseconds(450);
        bar.Report(2);
        now = TimeSpan.FromMilliseconds(520);
        bar.Report(2);
        bar.Around<int>((_, _) => error.Write("<output>"))(2, 0);
        bar.Report(4);
        bar.Dispose();
        Assert.Equal(
            "\r\e[K" + ProgressBar.Render(1, 4) + "\r\e[K" + ProgressBar.Render(2, 4) + "\r\e[K<output>" + "\r\e[K" + ProgressBar.Render(3, 4) + "\r\e[K",
            error.ToString());
    }

    [Fact]
    public void Writes_nothing_when_stderr_is_not_a_terminal()
    {
        using var error = new StringWriter();
        var bar = ProgressBar.Start(Host(error, terminal: false), 100, () => TimeSpan.FromHours(1));
        for (var i = 0; i < 100; i++)
        {
            bar.Around<int>((_, _) => { })(i, i);
        }

        bar.Dispose();
        Assert.Equal(string.Empty, error.ToString());
    }

    [Fact]
    public void A_check_run_over_many_files_draws_nothing_on_a_redirected_stderr()
    {
        using var temp = new TempDirectory();
        for (var i = 0; i < 30; i++)
        {
            temp.File($"d/{i:00}.txt", InProcess.Utf8("teh\n"));
        }

        var result = InProcess.Run(temp.Path, "check", "d", "--format", "jsonl");
        Assert.Equal(1, result.ExitCode);
        Assert.Equal(string.Empty, result.Error);
    }
}
