using System.Text;
using Vigil.Testing;

namespace Vigil.Ingest.Tests.Importers;

public sealed class ImportersTests
{
    [Fact]
    public async Task Open_Stream_ReadsItLikeAFile()
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes("{\"id\":\"1\",\"text\":\"x\"}\n"));
        var source = Vigil.Ingest.Importers.Importers.Open("response-body", stream, ImportRun.Options);

        var run = await ImportRun.ReadAsync(source);

        Assert.Equal("response-body", source.Name);
        Assert.Equal("1", Assert.Single(run.Posts).NativeId);
    }

    [Fact]
    public void Open_Dash_IsStandardInput() =>
        Assert.Equal("stdin", Vigil.Ingest.Importers.Importers.Open(Vigil.Ingest.Importers.Importers.StdIn, ImportRun.Options).Name);

    [Fact]
    public async Task Open_SameFileTwice_GivesTheSamePostKeys()
    {
        var path = TestPaths.Fixture("telegram-export", "result.private_group.json");

        var first = await ImportRun.FileAsync(path);
        var second = await ImportRun.FileAsync(path);

        Assert.Equal(first.Posts.Select(p => p.Key), second.Posts.Select(p => p.Key));
    }
}
