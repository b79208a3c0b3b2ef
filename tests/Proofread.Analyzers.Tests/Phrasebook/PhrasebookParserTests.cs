using Proofread.Analyzers.Phrasebook;
using Book = Proofread.Analyzers.Phrasebook.Phrasebook;

namespace Proofread.Analyzers.Tests.Phrasebook;

public sealed class PhrasebookParserTests
{
    private static string ErrorOf(string text) => Assert.Throws<PhrasebookException>(() => Book.Parse(text, "my.tsv")).Message;

    [Fact]
    public void Comments_blank_lines_a_bom_and_crlf_are_ignored()
    {
        var book = Book.Parse("\uFEFF# comment\r\n\r\n   \r\n  # indented comment\r\nIrregular  Woodland\trandom forest|random forests\tnote\tme\r\n", "my.tsv");
        var entry = Assert.Single(book.Entries);
        Assert.Equal("irregular woodland", entry.Phrase);
        Assert.Equal(["irregular", "woodland"], entry.Words.ToArray());
        Assert.Equal(["random forest", "random forests"], entry.Replacements.Select(r => r.Text));
        Assert.Equal("note", entry.Note);
        Assert.Equal("me", entry.Source);
        Assert.Equal("my.tsv", entry.SourceName);
        Assert.Equal(5, entry.Line);
        Assert.Equal(1, entry.HeadIndex);
        Assert.Equal(Inflection.All, entry.Inflections);
        Assert.Equal(PhrasebookEntry.DefaultConfidence, entry.Confidence);
    }

    [Fact]
    public void An_empty_text_is_an_empty_book()
    {
        Assert.Empty(Book.Parse(string.Empty, "my.tsv").Entries);
        Assert.Empty(Book.Parse("# only a comment\n\n", "my.tsv").Entries);
    }

    [Fact]
    public void Options_set_confidence_inflections_and_the_head_word()
    {
        var entry = Assert.Single(Book.Parse("discover* out again\tfind* out again\tn\ts\tconfidence=0.75 inflect=ed,ing", "my.tsv").Entries);
        Assert.Equal(0, entry.HeadIndex);
        Assert.Equal(0.75, entry.Confidence);
        Assert.Equal(Inflection.Past | Inflection.Gerund, entry.Inflections);
        Assert.Equal(new PhraseReplacement("find out again", 0), entry.Replacements[0]);
    }

    [Theory]
    [InlineData("a b\tc\td", "my.tsv:1: expected 4 tab-separated fields (phrase, replacement, note, source) and optional options, found 3")]
    [InlineData("a b\tc\td\te\tf\tg", "my.tsv:1: expected 4 tab-separated fields (phrase, replacement, note, source) and optional options, found 6")]
    [InlineData("\tc\td\te", "my.tsv:1: the phrase is empty")]
    [InlineData("a b\t\td\te", "my.tsv:1: the replacement is empty")]
    [InlineData("a b\tc||x\td\te", "my.tsv:1: an alternative in the replacement is empty")]
    [InlineData("a b\tc\td\t ", "my.tsv:1: the source is empty")]
    [InlineData("a, b\tc\td\te", "my.tsv:1: the phrase contains ',': a phrase holds only words (letters, digits, inner hyphens and apostrophes), because punctuation never matches inside a phrase")]
    [InlineData("a -b\tc\td\te", "my.tsv:1: the word '-b' starts or ends with a hyphen or apostrophe")]
    [InlineData("a* b*\tc\td\te", "my.tsv:1: the phrase marks more than one head word with '*'")]
    [InlineData("a *\tc\td\te", "my.tsv:1: '*' must follow the head word, with no space")]
    [InlineData("a b\tc*d\td\te", "my.tsv:1: in replacement 'c*d', '*' may only end the head word")]
    [InlineData("Irregular Woodland\tirregular  woodland\td\te", "my.tsv:1: the replacement 'irregular woodland' is the phrase itself")]
    [InlineData("a b\tc\td\te\tcolour=red", "my.tsv:1: unknown option 'colour' (known: confidence=NUMBER, inflect=none|all|s,ed,ing)")]
    [InlineData("a b\tc\td\te\tconfidence=2", "my.tsv:1: confidence must be a number above 0 and at most 1, not '2'")]
    [InlineData("a b\tc\td\te\tinflect=es", "my.tsv:1: inflect takes none, all, or a list of s, ed, ing; not 'es'")]
    public void A_malformed_line_is_reported_as_file_line_what(string line, string message)
    {
        Assert.Equal(message, ErrorOf(line));
    }

    [Fact]
    public void Every_problem_is_reported_with_its_own_line_counting_comments_and_blank_lines()
    {
        const string text = "# header\nirregular woodland\trandom forest\tn\ts\n\nbad line\nirregular woodland\tother\tn\ts\nok phrase\tfine\tn\t\n";
        var exception = Assert.Throws<PhrasebookException>(() => Book.Parse(text, "dir/user.tsv"));
        Assert.Equal(
            "dir/user.tsv:4: expected 4 tab-separated fields (phrase, replacement, note, source) and optional options, found 1\n"
            + "dir/user.tsv:5: duplicate phrase 'irregular woodland' (first on line 2)\n"
            + "dir/user.tsv:6: the source is empty",
            exception.Message);
        Assert.Equal([4, 5, 6], exception.Errors.Select(e => e.Line));
    }

    [Fact]
    public void Load_reports_a_missing_file_and_errors_of_every_file()
    {
        var dir = Path.Combine(Path.GetTempPath(), $"phrasebook-{Guid.NewGuid():N}");
        Directory.CreateDirectory(dir);
        try
        {
            var bad = Path.Combine(dir, "bad.tsv");
            var missing = Path.Combine(dir, "missing.tsv");
            File.WriteAllText(bad, "x y\tz\n");
            var exception = Assert.Throws<PhrasebookException>(() => Book.Load([missing, bad]));
            Assert.Equal(
                $"{missing}: file not found\n{bad}:1: expected 4 tab-separated fields (phrase, replacement, note, source) and optional options, found 2",
                exception.Message);
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }

    [Fact]
    public void Load_combines_files_in_order_so_later_files_override()
    {
        var dir = Path.Combine(Path.GetTempPath(), $"phrasebook-{Guid.NewGuid():N}");
        Directory.CreateDirectory(dir);
        try
        {
            var first = Path.Combine(dir, "first.tsv");
            var second = Path.Combine(dir, "second.tsv");
            File.WriteAllText(first, "a b\tc\tn\tfirst\nd e\tf\tn\tfirst\n");
            File.WriteAllText(second, "A  B\tc2\tn\tsecond\n");
            var book = Book.Load([first, second]);
            Assert.Equal(["a b", "d e"], book.Entries.Select(e => e.Phrase));
            Assert.Equal(["second", "first"], book.Entries.Select(e => e.Source));
            Assert.Equal(1, book.Entries[0].Line);
            Assert.Equal(second, book.Entries[0].SourceName);
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }
}
