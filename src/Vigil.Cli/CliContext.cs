using Spectre.Console;

namespace Vigil.Cli;

/// <summary>
/// Everything a command touches outside itself, injected so commands run in-process in tests:
/// the console (tables, progress), plain writers for machine output, stdin/stdout streams, the clock
/// and the default paths.
/// </summary>
public sealed record CliContext(
    IAnsiConsole Console,
    TextWriter Out,
    TextWriter Error,
    Func<Stream> OpenStdin,
    Func<Stream> OpenStdout,
    TimeProvider Clock,
    AppPaths Paths);
