using Proofread.Analyzers.Readability;

namespace Proofread.Analyzers.Tests.Readability;

/// <summary>Syllables given by hand, so that the formulas are tested apart from any counter.</summary>
internal sealed class TableSyllableCounter : ISyllableCounter
{
    private static readonly Dictionary<string, int> Table = new(StringComparer.OrdinalIgnoreCase)
    {
        ["the"] = 1, ["cat"] = 1, ["sat"] = 1, ["on"] = 1, ["mat"] = 1, ["readability"] = 6, ["matters"] = 2,
        ["an"] = 1, ["unusually"] = 5, ["complicated"] = 4, ["vocabulary"] = 5, ["discourages"] = 4, ["readers"] = 2,
    };

    public int CountSyllables(ReadOnlySpan<char> word) => Table[word.ToString()];
}
