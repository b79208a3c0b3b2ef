namespace Proofread.Lexicon;
