using System.Text.Json;
using System.Text.Json.Serialization;
using Vigil.Testing;

namespace Vigil.Ingest.Tests.Demo;

/// <summary><c>data/demo.manifest.json</c>: what the demo generator planted, by post identity.</summary>
internal sealed record DemoManifest(
    [property: JsonPropertyName("total_posts")] int TotalPosts,
    [property: JsonPropertyName("window")] DemoWindow Window,
    [property: JsonPropertyName("files")] IReadOnlyList<DemoFile> Files,
    [property: JsonPropertyName("networks")] IReadOnlyList<DemoNetwork> Networks,
    [property: JsonPropertyName("clusters")] IReadOnlyList<DemoCluster> Clusters,
    [property: JsonPropertyName("hostile")] IReadOnlyList<DemoHostile> Hostile)
{
    public static DemoManifest Load() =>
        JsonSerializer.Deserialize<DemoManifest>(File.ReadAllText(TestPaths.Data("demo.manifest.json")))
        ?? throw new InvalidOperationException("data/demo.manifest.json is empty");
}

internal sealed record DemoWindow(
    [property: JsonPropertyName("from")] DateTimeOffset From,
    [property: JsonPropertyName("to")] DateTimeOffset To);

internal sealed record DemoFile(
    [property: JsonPropertyName("path")] string Path,
    [property: JsonPropertyName("format")] string Format,
    [property: JsonPropertyName("posts")] int Posts,
    [property: JsonPropertyName("platforms")] IReadOnlyDictionary<string, int> Platforms);

internal sealed record DemoAccount(
    [property: JsonPropertyName("platform")] string Platform,
    [property: JsonPropertyName("handle")] string Handle,
    [property: JsonPropertyName("name")] string Name);

internal sealed record DemoNetwork(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("accounts")] IReadOnlyList<DemoAccount> Accounts,
    [property: JsonPropertyName("shared_phones")] IReadOnlyList<string> SharedPhones,
    [property: JsonPropertyName("shared_handles")] IReadOnlyList<string> SharedHandles);

internal sealed record DemoCluster(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("network")] string Network,
    [property: JsonPropertyName("posts")] IReadOnlyList<string> Posts);

internal sealed record DemoHostile(
    [property: JsonPropertyName("kind")] string Kind,
    [property: JsonPropertyName("post")] string Post);
