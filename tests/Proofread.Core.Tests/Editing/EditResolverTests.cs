using System.Collections.Immutable;
using CsCheck;
using Proofread.Editing;
using Proofread.Findings;
using Proofread.Text;

namespace Proofread.Core.Tests.Editing;

public class EditResolverTests
{
    private static Finding At(string text, int start, int length, string replacement, double confidence, int rule = 0) =>
        new(EditingGens.Rules[rule], new TextSpan(start, length), text.Substring(start, length), "m", Severity.Warning,
            [new Suggestion(replacement, confidence)]);

    [Fact]
    public void Output_never_overlaps_and_is_sorted() =>
        EditingGens.TextWithFindings.Sample((_, findings) =>
        {
            var edits = EditResolver.Resolve(findings);
            for (var i = 1; i < edits.Length; i++)
            {
                var a = edits[i - 1].Span;
                var b = edits[i].Span;
                Assert.True(a.CompareTo(b) <= 0, $"{a} before {b}");
                Assert.True(a.End <= b.Start, $"{a} overlaps {b}");
                Assert.False(a.IsEmpty && b.IsEmpty && a.Start == b.Start, $"two insertions at {a.Start}");
            }
        });

    [Fact]
    public void Output_does_not_depend_on_input_order() =>
        Gen.Select(EditingGens.TextWithFindings, Gen.Int).Sample((input, seed) =>
            Assert.Equal(EditResolver.Resolve(input.Findings).ToArray(), EditResolver.Resolve(EditingGens.Shuffled(input.Findings, seed)).ToArray()));

    [Fact]
    public void Output_keeps_only_real_changes_of_best_suggestions() =>
        EditingGens.TextWithFindings.Sample((text, findings) =>
        {
            foreach (var edit in EditResolver.Resolve(findings))
            {
                Assert.NotEqual(text.Substring(edit.Span.Start, edit.Span.Length), edit.NewText);
                Assert.Contains(findings, f => f.Span == edit.Span && f.BestSuggestion!.Text == edit.NewText);
            }
        });

    [Fact]
    public void The_more_confident_overlapping_edit_wins()
    {
        const string text = "strident actions";
        var edits = EditResolver.Resolve([At(text, 0, 8, "strict", 0.6), At(text, 0, 16, "strict measures", 0.9), At(text, 9, 7, "measures", 0.7)]);
        Assert.Equal([new TextEdit(new TextSpan(0, 16), "strict measures")], edits.ToArray());
    }

    [Fact]
    public void Ties_go_to_the_longer_then_the_earlier_edit()
    {
        const string text = "abcdef";
        var edits = EditResolver.Resolve([At(text, 2, 2, "X", 0.5), At(text, 1, 2, "Y", 0.5), At(text, 3, 3, "Z", 0.5)]);
        Assert.Equal([new TextEdit(new TextSpan(1, 2), "Y"), new TextEdit(new TextSpan(3, 3), "Z")], edits.ToArray());
    }

    [Fact]
    public void Touching_edits_are_both_kept_and_unchanged_text_is_dropped()
    {
        const string text = "abcd";
        var edits = EditResolver.Resolve([At(text, 0, 2, "X", 0.5), At(text, 2, 2, "Y", 0.5), At(text, 1, 1, "b", 0.99)]);
        Assert.Equal([new TextEdit(new TextSpan(0, 2), "X"), new TextEdit(new TextSpan(2, 2), "Y")], edits.ToArray());
    }

    [Fact]
    public void Findings_without_suggestions_make_no_edits()
    {
        var finding = new Finding(EditingGens.Rules[0], new TextSpan(0, 1), "a", "m", Severity.Info, ImmutableArray<Suggestion>.Empty);
        Assert.Empty(EditResolver.Resolve([finding, finding with { Suggestions = default }]));
    }
}
