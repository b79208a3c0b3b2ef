using System.CommandLine;
using Proofread.Reporting;

namespace Proofread.Cli;

/// <summary>The <c>--color auto|always|never</c> option of the commands that print to a terminal.</summary>
internal static class ColorOption
{
    public static Option<string> Create(string what)
    {
        var color = new Option<string>("--color")
        {
            Description = $"Colour {what}: auto (a terminal, and NO_COLOR unset), always or never.",
            DefaultValueFactory = _ => "auto",
        };
        color.AcceptOnlyFromAmong("auto", "always", "never");
        return color;
    }

    /// <summary>Whether to colour, given the option's value, whether stdout is a terminal and NO_COLOR.</summary>
    public static bool Resolve(ParseResult parseResult, Option<string> option, CliHost host) =>
        ColorModeResolver.UseColor(
            parseResult.GetValue(option) switch
            {
                "always" => ColorMode.Always,
                "never" => ColorMode.Never,
                _ => ColorMode.Auto,
            },
            host.OutputIsTerminal,
            host.GetEnvironmentVariable("NO_COLOR"));
}
