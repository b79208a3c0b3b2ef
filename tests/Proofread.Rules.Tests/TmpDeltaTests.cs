using Proofread.Language.Modeling;
using Xunit.Abstractions;

namespace Proofread.Rules.Tests;

public sealed class TmpDeltaTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("This is the house were I was born .", 4, "where")]
    [InlineData("I could not here the music .", 3, "hear")]
    [InlineData("I would advice caution .", 2, "advise")]
    [InlineData("The talks have lead to a deal .", 3, "led")]
    [InlineData("We had ice cream for desert .", 5, "dessert")]
    [InlineData("He through the ball .", 1, "threw")]
    [InlineData("I think its going to rain .", 2, "it 's")]
    [InlineData("I hope there going to win .", 2, "they 're")]
    [InlineData("I know whose coming .", 2, "who 's")]
    [InlineData("She is taller then her brother .", 3, "than")]
    public void Delta(string sentence, int index, string replacement)
    {
        var model = NGramModel.LoadDefault();
        var ids = model.ToIds(sentence.Split(' '));
        var rep = replacement.Split(' ').Select(w => model.WordId(w)).ToArray();
        output.WriteLine($"{sentence} [{index}] -> {replacement}: {model.SubstitutionDelta(ids, index + 1, 1, rep):0.00} ids {string.Join(',', rep)}");
    }
}
