namespace Proofread.Lexicon.Build;

internal static class MorphologyStep
{
    public static void Run(string sources, string output) => throw new NotSupportedException("morphology step: not written yet");
}
