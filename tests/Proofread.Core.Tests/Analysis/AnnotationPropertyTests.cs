using System.Collections.Immutable;
using CsCheck;
using Proofread.Analysis;
using Proofread.Documents;
using Proofread.Text;

namespace Proofread.Core.Tests.Analysis;

public class AnnotationPropertyTests
{
    // Fragments that exercise every tokenizer branch, glued together at random.
    private static readonly string[] s_fragments =
    [
        " ", " ", "  ", "\n", "\n\n", "\r\n", "\t", "\u00A0",
        "word", "Word", "WORD", "a", "I", "J.", "U.S.", "e.g.", "etc.", "Dr.", "No.", "No. 5", "Jan.",
        "didn't", "people’s", "they're", "O'Brien", "self-imposed", "-", "--", "'", "’", "\"", "“", "”", "(", ")", "[", "]",
        ".", "..", "...", "…", "?", "!", "?!", ",", ";", ":", "%", "$", "&", "@", "#", "/",
        "3.5", "1,000", "-2", "8th", "1980s", "7:30", "2020.", "5-year-old",
        "http://x.co/a_(b)", "www.ex.org.", "a@b.co", "x.y@mail.example.com",
        "café", "e\u0301", "\u0301", "😀", "\uD835\uDC00", "\uD800", "\uDC00", "\u200B", "\u00AD", "×", "²",
    ];

    private static readonly Gen<string> s_text = Gen.OneOf(
            Gen.OneOf(s_fragments),
            Gen.Char.Select(c => c.ToString()),
            Gen.Char["abcXYZ019 .,'’-@:/\n"].Select(c => c.ToString()))
        .Array[0, 40]
        .Select(string.Concat);

    private static void CheckTokens(ProseLayout layout, ImmutableArray<Token> tokens)
    {
        var text = layout.ProseText;
        var cover = new int[text.Length];
        var previousEnd = 0;
        foreach (var token in tokens)
        {
            Assert.True(token.Span.Length > 0, $"empty token at {token.Span}");
            Assert.True(token.Span.Start >= previousEnd, $"token {token.Span} out of order or overlapping");
            previousEnd = token.Span.End;
            Assert.Contains(layout.Blocks, b => b.Contains(token.Span));
            Assert.Equal(text.Substring(token.Span.Start, token.Span.Length), token.Text);
            Assert.Equal(TextAnnotator.CaseOf(token.Text), token.Case);
            for (var i = token.Span.Start; i < token.Span.End; i++)
            {
                cover[i]++;
            }
        }

        foreach (var block in layout.Blocks)
        {
            for (var i = block.Start; i < block.End; i++)
            {
                Assert.True(
                    cover[i] == (char.IsWhiteSpace(text[i]) ? 0 : 1),
                    $"character {i} (U+{(int)text[i]:X4}) is covered by {cover[i]} tokens");
            }
        }
    }

    private static void CheckSentences(ProseLayout layout, TextAnnotation annotation)
    {
        var next = 0;
        foreach (var sentence in annotation.Sentences)
        {
            Assert.Equal(next, sentence.FirstToken);
            Assert.True(sentence.TokenCount > 0);
            var first = annotation.Tokens[sentence.FirstToken];
            var last = annotation.Tokens[sentence.EndToken - 1];
            Assert.Equal(TextSpan.FromBounds(first.Span.Start, last.Span.End), sentence.Span);
            Assert.Contains(layout.Blocks, b => b.Contains(sentence.Span));
            next = sentence.EndToken;
        }

        Assert.Equal(annotation.Tokens.Length, next);
    }

    [Fact]
    public void Tokens_cover_every_prose_character_once_in_order() =>
        s_text.Sample(text =>
        {
            var layout = ProseLayout.ForPlainText(text);
            CheckTokens(layout, TextAnnotator.Annotate(layout).Tokens);
        });

    [Fact]
    public void Sentences_partition_the_tokens_in_order() =>
        s_text.Sample(text =>
        {
            var layout = ProseLayout.ForPlainText(text);
            CheckSentences(layout, TextAnnotator.Annotate(layout));
        });

    [Fact]
    public void Arbitrary_blocks_bound_tokens_and_sentences() =>
        Gen.Select(s_text, Gen.Int[0, 1000].Array[0, 6]).Sample((text, cuts) =>
        {
            // Blocks between sorted cut points, every other gap left out.
            var points = cuts.Select(c => text.Length == 0 ? 0 : c % (text.Length + 1)).Append(0).Append(text.Length).Distinct().Order().ToArray();
            var blocks = ImmutableArray.CreateBuilder<TextSpan>();
            for (var i = 0; i + 1 < points.Length; i += 2)
            {
                blocks.Add(TextSpan.FromBounds(points[i], points[i + 1]));
            }

            var layout = new ProseLayout(text, blocks.ToImmutable());
            var annotation = TextAnnotator.Annotate(layout);
            CheckTokens(layout, annotation.Tokens);
            CheckSentences(layout, annotation);
        });

    [Fact]
    public void Word_count_equals_word_and_number_tokens() =>
        s_text.Sample(text =>
        {
            var annotation = TextAnnotator.Annotate(ProseLayout.ForPlainText(text));
            return annotation.WordCount == annotation.Tokens.Count(t => t.Kind is TokenKind.Word or TokenKind.Number);
        });

    [Fact]
    public void The_example_article_tokenises_cleanly()
    {
        var text = File.ReadAllText(Path.Combine(RepositoryRoot(), "corpora", "examples", "kim-congress.spun.txt"));
        var layout = ProseLayout.ForPlainText(text);
        var annotation = TextAnnotator.Annotate(layout);
        CheckTokens(layout, annotation.Tokens);
        CheckSentences(layout, annotation);
        Assert.Contains(annotation.Sentences, s => text.Substring(s.Span.Start, s.Span.Length)
            == "The party congress becoming held in Pyongyang is the first since 2016, which was subsequently the first since 1980.");
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Proofread.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("Proofread.sln");
    }
}
