namespace Proofread.Language;
