using Proofread.Analyzers.Phrasebook;
using Proofread.Documents;
using Xunit.Abstractions;

namespace Proofread.Analyzers.Tests.Phrasebook;

/// <summary>Checks on the shipped data: well-formed, honest about the evaluation list, quiet on clean prose.</summary>
public sealed class BuiltInPhrasebookTests(ITestOutputHelper output)
{
    private static readonly HashSet<string> AllRules = [PhrasebookAnalyzer.Rule.Id];

    [Fact]
    public void Every_built_in_file_parses_and_every_entry_has_a_replacement_and_a_source()
    {
        var files = Proofread.Analyzers.Phrasebook.Phrasebook.ReadBuiltInFiles().ToList();
        Assert.Contains(files, f => f.Name == "dictionaries/phrasebook/spinner.tsv");
        Assert.Contains(files, f => f.Name == "dictionaries/phrasebook/science.tsv");
        foreach (var (name, text) in files)
        {
            var book = Proofread.Analyzers.Phrasebook.Phrasebook.Parse(text, name);
            Assert.NotEmpty(book.Entries);
            foreach (var entry in book.Entries)
            {
                Assert.False(entry.Replacements.IsDefaultOrEmpty, $"{name}:{entry.Line}: no replacement");
                Assert.All(entry.Replacements, r => Assert.False(string.IsNullOrWhiteSpace(r.Text), $"{name}:{entry.Line}: empty replacement"));
                Assert.False(string.IsNullOrWhiteSpace(entry.Source), $"{name}:{entry.Line}: no source");
                Assert.False(string.IsNullOrWhiteSpace(entry.Note), $"{name}:{entry.Line}: no note");
            }
        }
    }

    [Fact]
    public void No_phrase_appears_twice_across_the_built_in_files()
    {
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        var duplicates = new List<string>();
        foreach (var (name, text) in Proofread.Analyzers.Phrasebook.Phrasebook.ReadBuiltInFiles())
        {
            foreach (var entry in Proofread.Analyzers.Phrasebook.Phrasebook.Parse(text, name).Entries)
            {
                if (!seen.TryAdd(entry.Phrase, $"{name}:{entry.Line}"))
                {
                    duplicates.Add($"{name}:{entry.Line}: '{entry.Phrase}' also at {seen[entry.Phrase]}");
                }
            }
        }

        Assert.True(duplicates.Count == 0, string.Join('\n', duplicates));
    }

    [Fact]
    public void The_built_in_book_has_at_least_300_entries()
    {
        var book = Proofread.Analyzers.Phrasebook.Phrasebook.BuiltIn;
        output.WriteLine($"built-in entries: {book.Count}");
        foreach (var group in book.Entries.GroupBy(e => e.SourceName))
        {
            output.WriteLine($"  {group.Key}: {group.Count()}");
        }

        Assert.True(book.Count >= 300, $"only {book.Count} entries");
    }

    [Fact]
    public void Embedded_resources_are_the_files_in_dictionaries_phrasebook()
    {
        var folder = Path.Combine(RepoPaths.Root, "dictionaries", "phrasebook");
        var onDisk = Directory.GetFiles(folder, "*.tsv").Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        var embedded = Proofread.Analyzers.Phrasebook.Phrasebook.BuiltInSourceNames.Select(Path.GetFileName).ToList();
        Assert.Equal(onDisk, embedded);
        foreach (var (name, text) in Proofread.Analyzers.Phrasebook.Phrasebook.ReadBuiltInFiles())
        {
            Assert.Equal(File.ReadAllText(Path.Combine(RepoPaths.Root, name)), text);
        }
    }

    [Fact]
    public void The_built_in_book_shares_no_phrase_with_the_evaluation_list()
    {
        // The dev list measures how well Proofread finds phrases nobody listed: a built-in entry
        // that also appears there (as written, or as a form the matcher would flag whole) makes
        // that figure dishonest, so it must be removed from the phrasebook.
        var path = Path.Combine(RepoPaths.SharedEval, "tortured-phrases.dev.tsv");
        if (!File.Exists(path))
        {
            output.WriteLine($"skipped: {path} not found");
            return;
        }

        var book = Proofread.Analyzers.Phrasebook.Phrasebook.BuiltIn;
        var phrases = book.Entries.ToDictionary(e => e.Phrase, StringComparer.Ordinal);
        var analyzer = PhrasebookAnalyzer.Create(book);
        var collisions = new SortedSet<string>(StringComparer.Ordinal);
        var checkedLines = 0;
        var partial = 0;
        foreach (var line in File.ReadLines(path))
        {
            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (line.Length == 0 || line[0] == '#' || tab <= 0)
            {
                continue;
            }

            checkedLines++;
            var phrase = string.Join(' ', line[..tab].Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();
            if (phrases.TryGetValue(phrase, out var same))
            {
                collisions.Add($"{same.SourceName}:{same.Line}: '{same.Phrase}'");
                continue;
            }

            foreach (var match in analyzer.FindMatches(Document.FromPlainText(phrase)))
            {
                if (match.Span.Start == 0 && match.Span.Length == phrase.Length)
                {
                    collisions.Add($"{match.Entry.SourceName}:{match.Entry.Line}: '{match.Entry.Phrase}' (matches '{phrase}')");
                }
                else
                {
                    // Allowed: the dev figures are measured with the phrasebook off; reported for information.
                    partial++;
                }
            }
        }

        output.WriteLine($"checked {checkedLines} evaluation phrases, {collisions.Count} collisions, {partial} built-in matches inside a longer evaluation phrase");
        Assert.True(checkedLines > 1000, "the evaluation list looks truncated");
        Assert.True(collisions.Count == 0, "remove these entries:\n" + string.Join('\n', collisions));
    }

    [Fact]
    public void Clean_prose_gets_at_most_one_flag_per_thousand_words()
    {
        var folder = Path.Combine(RepoPaths.SharedEval, "clean");
        if (!Directory.Exists(folder))
        {
            output.WriteLine($"skipped: {folder} not found");
            return;
        }

        var analyzer = PhrasebookAnalyzer.LoadDefault();
        int words = 0, flags = 0;
        foreach (var file in Directory.GetFiles(folder, "*.txt").Order(StringComparer.Ordinal))
        {
            var document = Document.FromPlainText(File.ReadAllText(file), file);
            var findings = analyzer.Analyze(document, AllRules).ToList();
            words += document.WordCount;
            flags += findings.Count;
            output.WriteLine($"{Path.GetFileName(file)}: {document.WordCount} words, {findings.Count} flags");
            foreach (var finding in findings)
            {
                output.WriteLine($"  {finding.Span.Start}: {finding.Message}");
            }
        }

        output.WriteLine($"total: {words} words, {flags} flags ({1000.0 * flags / Math.Max(1, words):F3} per 1,000 words)");
        Assert.True(words > 10_000, "the clean texts look truncated");
        Assert.True(flags * 1000 <= words, $"{flags} flags in {words} words");
    }
}
