using CsCheck;
using Proofread.Analyzers.Phrasebook;
using Proofread.Documents;

namespace Proofread.Analyzers.Tests.Phrasebook;

public sealed class PhraseMatcherPropertyTests
{
    private const string Book = """
        irregular woodland	random forest	n	tests
        irregular woodland model	random forest model	n	tests
        woodland model	forest model	n	tests
        choice tree	decision tree	n	tests
        tree growth	tree height	n	tests
        """;

    private static readonly PhrasebookAnalyzer Analyzer = PhrasebookAnalyzer.Create(Proofread.Analyzers.Phrasebook.Phrasebook.Parse(Book, "test.tsv"));

    private static readonly string[] Pieces =
    [
        "irregular", "Irregular", "IRREGULAR", "woodland", "woodlands", "Woodland", "model", "models", "choice", "tree", "trees", "growth",
        "the", " ", " ", " ", ", ", ". ", "\n\n", "-", "'", "(", ")",
    ];

    private static readonly Gen<string> Texts = Gen.OneOf(Pieces).Array[0, 40].Select(parts => string.Concat(parts));

    [Fact]
    public void Matches_are_ordered_disjoint_and_hold_only_the_entry_words_separated_by_whitespace()
    {
        Texts.Sample(text =>
        {
            var matches = Analyzer.FindMatches(Document.FromPlainText(text));
            var previousEnd = 0;
            foreach (var match in matches)
            {
                if (match.Span.Start < previousEnd || match.Span.End > text.Length || match.Suggestions.IsEmpty)
                {
                    return false;
                }

                previousEnd = match.Span.End;
                var words = text.Substring(match.Span.Start, match.Span.Length).Split(' ', StringSplitOptions.RemoveEmptyEntries);
                var entry = match.Entry.Words;
                if (words.Length != entry.Length)
                {
                    return false;
                }

                for (var i = 0; i < words.Length; i++)
                {
                    var word = words[i].ToLowerInvariant();
                    var same = i == match.Entry.HeadIndex ? word.StartsWith(entry[i], StringComparison.Ordinal) : word == entry[i];
                    if (!same)
                    {
                        return false;
                    }
                }
            }

            return true;
        });
    }

    [Fact]
    public void Every_exact_occurrence_between_spaces_in_one_sentence_is_found()
    {
        // Surround the phrase with spaces only, so no punctuation or boundary interferes.
        Gen.OneOf("the", "model", "growth", "irregular").Array[0, 6].Sample(prefix =>
        {
            var text = string.Join(' ', [.. prefix, "choice", "tree"]);
            var matches = Analyzer.FindMatches(Document.FromPlainText(text));
            return matches.Length >= 1 && matches[^1].Span.End == text.Length;
        });
    }
}
