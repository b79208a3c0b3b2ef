namespace Proofread.Cli;

/// <summary>
/// What the CLI touches outside the file system: standard streams, whether stdout is a terminal,
/// the environment and the working directory that relative paths start from. Tests pass their
/// own to run the CLI in-process.
/// </summary>
internal sealed record CliHost(
    string WorkingDirectory,
    Func<Stream> OpenStandardInput,
    TextWriter Out,
    TextWriter Error,
    bool OutputIsTerminal,
    Func<string, string?> GetEnvironmentVariable)
{
    /// <summary>Whether standard error is a terminal (progress bars are drawn only then).</summary>
    public bool ErrorIsTerminal { get; init; }

    /// <summary>Reads one key press without echo, when standard input is a terminal; null when it is not (answers are then read as lines).</summary>
    public Func<ConsoleKeyInfo>? ReadKey { get; init; }

    /// <summary>Reads a line typed at the terminal (with <see cref="ReadKey"/>); null when standard input is not a terminal.</summary>
    public Func<string?>? ReadLine { get; init; }
}
