using CsCheck;

namespace Proofread.Lexicon.Tests.Hunspell;

public sealed class WordListPropertyTests
{
    private static readonly string[] CorrectLowerWords = [.. TestData.Fixture("hunspell-oracle.tsv")
        .Where(r => r[1] == "1" && r[0].All(char.IsAsciiLetterLower) && r[0].Length > 1)
        .Select(r => r[0])];

    private static Gen<string> Pick(string[] items) => Gen.Int[0, items.Length - 1].Select(i => items[i]);

    [Fact]
    public void Check_never_throws_on_any_string() =>
        Gen.String.Sample(s => { _ = TestData.EnUs.Check(s); }, iter: 2000);

    [Fact]
    public void Suggest_never_throws_and_offers_only_correct_words() =>
        Gen.String[Gen.Char.AlphaNumeric, 1, 12].Sample(
            s => TestData.EnUs.Suggest(s).All(x => x.Split(' ').All(TestData.EnUs.Check)),
            iter: 150);

    [Fact]
    public void A_correct_lower_case_word_is_also_correct_capitalised_and_in_capitals() =>
        Pick(CorrectLowerWords).Sample(
            w => TestData.EnUs.Check(char.ToUpperInvariant(w[0]) + w[1..]) && TestData.EnUs.Check(w.ToUpperInvariant()),
            iter: 500);

    [Fact]
    public void Every_suggestion_for_a_one_letter_typo_passes_Check_and_differs_from_the_input() =>
        Gen.Select(Pick([.. CorrectLowerWords.Where(w => w.Length > 4)]), Gen.Int[0, 100], Gen.Char['a', 'z'])
            .Sample(
                t =>
                {
                    var (word, at, c) = (t.Item1, t.Item2, t.Item3);
                    var i = at % word.Length;
                    var typo = word[..i] + c + word[(i + 1)..];
                    return TestData.EnUs.Suggest(typo).All(s => s != typo && s.Split(' ').All(TestData.EnUs.Check));
                },
                iter: 60);
}
