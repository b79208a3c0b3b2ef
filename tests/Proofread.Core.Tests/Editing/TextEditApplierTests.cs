using CsCheck;
using Proofread.Editing;
using Proofread.Text;

namespace Proofread.Core.Tests.Editing;

public class TextEditApplierTests
{
    [Fact]
    public void No_edits_return_the_input() =>
        Gen.String.Sample(text => Assert.Equal(text, TextEditApplier.Apply(text, [])));

    [Fact]
    public void Applies_edits_in_any_order()
    {
        TextEdit[] edits = [new(new TextSpan(9, 3), "dog"), new(new TextSpan(0, 3), "A"), new(new TextSpan(4, 0), "big ")];
        Assert.Equal("A big cat, dog.", TextEditApplier.Apply("the cat, rat.", edits));
    }

    [Fact]
    public void Insertion_and_replacement_at_one_point_both_apply() =>
        Assert.Equal("XYbc", TextEditApplier.Apply("abc", [new(new TextSpan(0, 1), "Y"), new(new TextSpan(0, 0), "X")]));

    [Theory]
    [InlineData(0, 3, 2, 2)]
    [InlineData(1, 1, 0, 5)]
    public void Overlapping_edits_throw(int startA, int lengthA, int startB, int lengthB) =>
        Assert.Throws<ArgumentException>(() => TextEditApplier.Apply(
            "abcdefgh",
            [new(new TextSpan(startA, lengthA), "x"), new(new TextSpan(startB, lengthB), "y")]));

    [Fact]
    public void An_edit_past_the_end_throws() =>
        Assert.Throws<ArgumentException>(() => TextEditApplier.Apply("abc", [new(new TextSpan(2, 5), "x")]));

    [Fact]
    public void Resolved_edits_change_nothing_outside_their_spans() =>
        EditingGens.TextWithFindings.Sample((text, findings) =>
        {
            var edits = EditResolver.Resolve(findings);
            var output = TextEditApplier.Apply(text, edits);

            // Walk input and output together: every gap between edits is copied unchanged,
            // every edit span becomes exactly its new text.
            var inPos = 0;
            var outPos = 0;
            foreach (var edit in edits)
            {
                var gap = edit.Span.Start - inPos;
                Assert.Equal(text.Substring(inPos, gap), output.Substring(outPos, gap));
                outPos += gap;
                Assert.Equal(edit.NewText, output.Substring(outPos, edit.NewText.Length));
                outPos += edit.NewText.Length;
                inPos = edit.Span.End;
            }

            Assert.Equal(text[inPos..], output[outPos..]);
            Assert.Equal(output.Length, outPos + (text.Length - inPos));
        });
}
