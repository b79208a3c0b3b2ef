using CsCheck;
using Proofread.Language.Tagging;

namespace Proofread.Language.Tests;

public class BrownTagsetTests
{
    [Theory]
    [InlineData("nn-tl", UniversalTag.Noun)]
    [InlineData("np$", UniversalTag.Noun)]
    [InlineData("vbd", UniversalTag.Verb)]
    [InlineData("md*", UniversalTag.Verb)]
    [InlineData("*", UniversalTag.Adv)]
    [InlineData("ql", UniversalTag.Adv)]
    [InlineData("pp$", UniversalTag.Pron)]
    [InlineData("at", UniversalTag.Det)]
    [InlineData("cs", UniversalTag.Adp)]
    [InlineData("cc", UniversalTag.Conj)]
    [InlineData("od", UniversalTag.Adj)]
    [InlineData("cd", UniversalTag.Num)]
    [InlineData("to", UniversalTag.Prt)]
    [InlineData("fw-nn", UniversalTag.X)]
    [InlineData("''", UniversalTag.Punct)]
    [InlineData("NN-HL", UniversalTag.Noun)]
    public void Maps_tags(string brown, UniversalTag expected) => Assert.Equal(expected, BrownTagset.ToUniversal(brown));

    [Theory]
    [InlineData("Atlanta's", "np$", "Atlanta/NOUN 's/PRT")]
    [InlineData("didn't", "dod*", "did/VERB n't/ADV")]
    [InlineData("can't", "md*", "ca/VERB n't/ADV")]
    [InlineData("it's", "pps+bez", "it/PRON 's/VERB")]
    [InlineData("I'm", "ppss+bem", "I/PRON 'm/VERB")]
    [InlineData("boys'", "nns$", "boys/NOUN '/PRT")]
    [InlineData("his", "pp$", "his/PRON")]
    [InlineData("``", "``", "\"/.")]
    [InlineData("gonna", "vbg+to", "gonna/VERB")]
    public void Splits_clitics_the_Penn_way(string word, string tag, string expected) =>
        Assert.Equal(expected, string.Join(' ', BrownTagset.Split(word, tag).Select(p => $"{p.Word}/{p.Tag.Name()}")));
}
