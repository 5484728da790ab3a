using Spectre.Console;
using Spectre.Console.Rendering;

namespace Vigil.Cli;

/// <summary>
/// The Spectre console, created on first use: commands that print no table or progress (e.g. <c>vigil analyze</c>,
/// which streams JSON) then never load it, which saves its start-up work (terminal detection, the colour tables'
/// JIT compilation) and memory in every such run.
/// </summary>
public sealed class LazyAnsiConsole(Func<IAnsiConsole> create) : IAnsiConsole
{
    private readonly Lazy<IAnsiConsole> _console = new(create);

    /// <summary>True once something has used the console.</summary>
    public bool IsCreated => _console.IsValueCreated;

    public Profile Profile => _console.Value.Profile;

    public IAnsiConsoleCursor Cursor => _console.Value.Cursor;

    public IAnsiConsoleInput Input => _console.Value.Input;

    public IExclusivityMode ExclusivityMode => _console.Value.ExclusivityMode;

    public RenderPipeline Pipeline => _console.Value.Pipeline;

    public void Clear(bool home) => _console.Value.Clear(home);

    public void Write(IRenderable renderable) => _console.Value.Write(renderable);

    public void WriteAnsi(Action<AnsiWriter> action) => _console.Value.WriteAnsi(action);
}
