using Proofread.Lexicon.Build;

// Usage: Proofread.Lexicon.Build SOURCES_DIR OUTPUT_DIR [step...]
// SOURCES_DIR holds the unpacked packages (see dictionaries/build.sh); OUTPUT_DIR is dictionaries/.
if (args.Length < 2)
{
    Console.Error.WriteLine("usage: Proofread.Lexicon.Build SOURCES_DIR OUTPUT_DIR [hunspell|hunspell-forms|frequency|morphology|thesaurus]...");
    return 2;
}

var sources = args[0];
var output = args[1];
var steps = args.Length > 2 ? args[2..] : ["hunspell", "frequency", "morphology", "thesaurus"];
foreach (var step in steps)
{
    switch (step)
    {
        case "hunspell":
            HunspellStep.Run(sources, output);
            break;
        case "hunspell-forms":
            HunspellStep.Compile(output); // from the committed .aff/.dic, no sources needed
            break;
        case "frequency":
            FrequencyStep.Run(sources, output);
            break;
        case "morphology":
            MorphologyStep.Run(sources, output);
            break;
        case "thesaurus":
            ThesaurusStep.Run(sources, output);
            break;
        case "terms": // from dictionaries/terms/build.sh's sources
            TermsStep.Run(sources, output);
            break;
        default:
            Console.Error.WriteLine($"unknown step '{step}'");
            return 2;
    }

    Console.WriteLine($"{step}: done");
}

return 0;
