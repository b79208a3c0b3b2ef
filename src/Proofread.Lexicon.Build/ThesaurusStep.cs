namespace Proofread.Lexicon.Build;

internal static class ThesaurusStep
{
    public static void Run(string sources, string output) => throw new NotSupportedException("thesaurus step: not written yet");
}
