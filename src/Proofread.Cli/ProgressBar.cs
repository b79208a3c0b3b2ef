using System.Diagnostics;
using System.Globalization;

namespace Proofread.Cli;

/// <summary>
/// A one-line progress bar on standard error for runs over many files, drawn only when standard
/// error is a terminal and only once a run has lasted <see cref="Delay"/> (short runs never show
/// it). It is erased before anything else is written, so reports and errors never mix with it.
/// When stderr is not a terminal it writes nothing at all.
/// </summary>
internal sealed class ProgressBar : IDisposable
{
    /// <summary>How long a run goes before the bar appears.</summary>
    public static readonly TimeSpan Delay = TimeSpan.FromMilliseconds(300);

    private const int Width = 30;
    private static readonly TimeSpan s_redraw = TimeSpan.FromMilliseconds(100);

    private readonly TextWriter? _error;
    private readonly int _total;
    private readonly Func<TimeSpan> _elapsed;
    private TimeSpan _drawnAt = TimeSpan.MinValue;
    private bool _visible;

    private ProgressBar(TextWriter? error, int total, Func<TimeSpan> elapsed)
    {
        _error = error;
        _total = total;
        _elapsed = elapsed;
    }

    /// <summary>A bar for <paramref name="total"/> files: live when stderr is a terminal and there are at least two files, inert otherwise.</summary>
    public static ProgressBar Start(CliHost host, int total, Func<TimeSpan>? elapsed = null)
    {
        if (!host.ErrorIsTerminal || total < 2)
        {
            return new ProgressBar(null, total, () => TimeSpan.Zero);
        }

        if (elapsed is null)
        {
            var clock = Stopwatch.StartNew();
            elapsed = () => clock.Elapsed;
        }

        return new ProgressBar(host.Error, total, elapsed);
    }

    /// <summary>The bar's text for <paramref name="done"/> of <paramref name="total"/> files.</summary>
    public static string Render(int done, int total)
    {
        var filled = total == 0 ? Width : (int)((long)done * Width / total);
        var count = done.ToString(CultureInfo.InvariantCulture) + "/" + total.ToString(CultureInfo.InvariantCulture);
        return $"[{new string('#', filled)}{new string('.', Width - filled)}] {count} files";
    }

    /// <summary>Wraps a consumer so that the bar is erased before it writes and redrawn after.</summary>
    public Action<int, T> Around<T>(Action<int, T> consume) => (index, item) =>
    {
        Clear();
        try
        {
            consume(index, item);
        }
        finally
        {
            Report(index + 1);
        }
    };

    /// <summary>Shows that <paramref name="done"/> files are finished (at most ten redraws a second).</summary>
    public void Report(int done)
    {
        if (_error is null)
        {
            return;
        }

        var now = _elapsed();
        if (now < Delay || done >= _total || (_visible && now - _drawnAt < s_redraw))
        {
            return;
        }

        _error.Write("\r\e[K" + Render(done, _total));
        _error.Flush();
        _visible = true;
        _drawnAt = now;
    }

    /// <summary>Erases the bar if it is shown.</summary>
    public void Clear()
    {
        if (_error is null || !_visible)
        {
            return;
        }

        _error.Write("\r\e[K");
        _error.Flush();
        _visible = false;
    }

    /// <summary>Erases the bar.</summary>
    public void Dispose() => Clear();
}
