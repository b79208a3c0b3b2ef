using System.Text;

namespace Proofread.Cli;

internal static class Program
{
    private static int Main(string[] args)
    {
        // Buffered UTF-8 without a byte-order mark; formatters flush as each file finishes.
        var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        var stdout = new StreamWriter(Console.OpenStandardOutput(), utf8, 1 << 16) { AutoFlush = false };
        using var stderr = new StreamWriter(Console.OpenStandardError(), utf8) { AutoFlush = true };
        var host = new CliHost(
            Environment.CurrentDirectory,
            Console.OpenStandardInput,
            stdout,
            stderr,
            OutputIsTerminal: !Console.IsOutputRedirected,
            Environment.GetEnvironmentVariable)
        {
            ErrorIsTerminal = !Console.IsErrorRedirected,
            ReadKey = Console.IsInputRedirected ? null : () => Console.ReadKey(intercept: true),
            ReadLine = Console.IsInputRedirected ? null : Console.ReadLine,
        };
        var exitCode = new ProofreadCli(AnalyzerCatalog.CreateDefault).Run(args, host);
        try
        {
            stdout.Dispose();
        }
        catch (IOException)
        {
            // The reader went away (`proofread check … | head`): what it did not read is lost, not an error to report.
        }

        return exitCode;
    }
}
