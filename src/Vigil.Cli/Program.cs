using Spectre.Console;
using Vigil.Cli;

var context = new CliContext(
    new LazyAnsiConsole(() => AnsiConsole.Console),
    Console.Out,
    Console.Error,
    Console.OpenStandardInput,
    Console.OpenStandardOutput,
    TimeProvider.System,
    AppPaths.FromEnvironment());
return await CommandTree.Build(context, args).Parse(args).InvokeAsync();
