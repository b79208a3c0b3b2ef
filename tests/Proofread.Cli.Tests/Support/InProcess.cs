using System.Text;

namespace Proofread.Cli.Tests.Support;

/// <summary>The outcome of one in-process run.</summary>
internal sealed record CliResult(int ExitCode, string Out, string Error)
{
    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Out}\n--- stderr\n{Error}";
}

/// <summary>Runs the CLI in-process with captured streams and the fake analyser.</summary>
internal static class InProcess
{
    public static CliResult Run(string workingDirectory, params string[] args) => Run(workingDirectory, args, stdin: null);

    public static CliResult Run(
        string workingDirectory,
        string[] args,
        byte[]? stdin,
        bool terminal = false,
        IReadOnlyDictionary<string, string>? environment = null,
        Func<AnalyzerSettings, IReadOnlyList<Pipeline.IAnalyzer>>? analyzers = null,
        Func<CliHost, CliHost>? configureHost = null)
    {
        using var output = new StringWriter { NewLine = "\n" };
        using var error = new StringWriter { NewLine = "\n" };
        var host = new CliHost(
            workingDirectory,
            () => new MemoryStream(stdin ?? []),
            output,
            error,
            terminal,
            name => environment is not null && environment.TryGetValue(name, out var value) ? value : null);
        host = configureHost?.Invoke(host) ?? host;
        var cli = analyzers is null ? new ProofreadCli(() => [new FakeAnalyzer()]) : new ProofreadCli(analyzers);
        var exitCode = cli.Run(args, host);
        return new CliResult(exitCode, output.ToString(), error.ToString());
    }

    public static byte[] Utf8(string text) => new UTF8Encoding(false).GetBytes(text);
}

/// <summary>A temporary directory, deleted on dispose.</summary>
internal sealed class TempDirectory : IDisposable
{
    public TempDirectory() => Path = Directory.CreateTempSubdirectory("proofread-cli-").FullName;

    public string Path { get; }

    public string File(string relative, byte[] content)
    {
        var full = System.IO.Path.Combine(Path, relative);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        System.IO.File.WriteAllBytes(full, content);
        return full;
    }

    public byte[] Read(string relative) => System.IO.File.ReadAllBytes(System.IO.Path.Combine(Path, relative));

    /// <summary>Copies a fixture folder (from the test output) into this directory.</summary>
    public void CopyFixture(string fixture, string target)
    {
        var source = System.IO.Path.Combine(AppContext.BaseDirectory, "Fixtures", fixture);
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            File(System.IO.Path.Combine(target, System.IO.Path.GetRelativePath(source, file)), System.IO.File.ReadAllBytes(file));
        }
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
