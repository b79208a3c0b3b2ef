using System.Globalization;

namespace Proofread.Language.Build;

/// <summary>
/// Argument checks for the subcommands. A bad argument throws <see cref="UsageException"/>, which
/// Program prints with the usage (exit code 2); missing or unreadable inputs exit with 1.
/// </summary>
internal static class CommandLine
{
    public const string Name = "proofread-language-build";

    public const string Usage = "usage: proofread-language-build corpus SRC OUT [DEBSRC] | tagger TEXT MODEL [ITERATIONS] | tagger-eval MODEL TAGGED | ngram build|eval|spin|classes|attest ... | vectors build|eval ... | footprint | score SENTENCE...";

    /// <summary>Throws <see cref="UsageException"/> with <paramref name="message"/> unless there are <paramref name="count"/> arguments.</summary>
    public static void Need(string[] args, int count, string message)
    {
        if (args.Length < count)
        {
            throw new UsageException(message);
        }
    }

    /// <summary>A whole-number argument; <paramref name="what"/> names it in the error ("ngram build: ORDER").</summary>
    public static int Int(string value, string what) =>
        int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n)
            ? n
            : throw new UsageException($"{what} '{value}' is not a whole number");

    /// <summary>A decimal-number argument; <paramref name="what"/> names it in the error.</summary>
    public static double Number(string value, string what) =>
        double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var x)
            ? x
            : throw new UsageException($"{what} '{value}' is not a number");
}

/// <summary>A bad command-line argument; the message says which and why.</summary>
internal sealed class UsageException(string message) : Exception(message);
