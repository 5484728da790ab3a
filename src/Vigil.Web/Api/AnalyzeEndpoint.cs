using System.Globalization;
using System.Text.Json;
using Vigil.Analysis.Contract;
using Vigil.Core.Analysis;
using Vigil.Storage.Audit;
using Vigil.Web.Hosting;
using Vigil.Web.Security;

namespace Vigil.Web.Api;

/// <summary>
/// <c>POST /api/v1/analyze</c>: the analyze contract as JSON. The body is one input object
/// (<c>{"id","text",…}</c>) or an array of them; the answer is one result object or an array in the
/// same order, byte for byte the objects `vigil analyze` writes (same code, same analyzer composition).
/// Nothing is stored; the access log records who analysed how many posts, never their text.
/// </summary>
public static class AnalyzeEndpoint
{
    public const string RateLimitPolicy = "analyze";

    public static RouteGroupBuilder MapAnalyze(this RouteGroupBuilder content)
    {
        content.MapPost("/analyze", AnalyzeAsync)
            .RequireRateLimiting(RateLimitPolicy)
            .Accepts<AnalyzeRequestItem[]>("application/json")
            .Produces<AnalyzeResultItem[]>(StatusCodes.Status200OK, "application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .WithSummary("Analyse posts per the analyze contract (language, category, scores, indicators, explanation); stores nothing.")
            .WithDescription("Body: one object {\"id\",\"text\",\"lang\"?,…} or an array of them. Answer: the results in the same order, as `vigil analyze` writes them. Limits: body size, posts per request and requests per minute (ProblemDetails 413/429).");
        return content;
    }

    private static async Task<IResult> AnalyzeAsync(HttpContext http, IPostAnalyzer analyzer, ApiLimits limits, AccessLog log, CancellationToken ct)
    {
        if (http.Request.ContentType is not { } type || !(type.StartsWith("application/json", StringComparison.OrdinalIgnoreCase) || type.Contains("+json", StringComparison.OrdinalIgnoreCase)))
        {
            return Results.Problem(statusCode: 415, title: "Send JSON.", detail: "Use Content-Type: application/json with one post object or an array of them.");
        }

        var body = await ReadBoundedAsync(http.Request, limits.MaxAnalyzeBodyBytes, ct);
        if (body is null)
        {
            return TooLarge($"The body is larger than {limits.MaxAnalyzeBodyBytes.ToString("N0", CultureInfo.InvariantCulture)} bytes; split the posts over several requests.");
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body);
        }
        catch (JsonException e)
        {
            // Position only: the body may hold personal data.
            return Results.Problem(statusCode: 400, title: "Not valid JSON.", detail: $"The body is not valid JSON (line {e.LineNumber + 1}, byte {e.BytePositionInLine}).");
        }

        using (document)
        {
            var root = document.RootElement;
            var single = root.ValueKind == JsonValueKind.Object;
            var elements = single ? [root] : root.ValueKind == JsonValueKind.Array ? root.EnumerateArray().ToList() : null;
            if (elements is null || elements.Count == 0)
            {
                return Results.Problem(statusCode: 400, title: "No posts.", detail: "Send one object {\"id\":\"1\",\"text\":\"…\"} or a non-empty array of them.");
            }

            if (elements.Count > limits.MaxAnalyzePosts)
            {
                return TooLarge($"{elements.Count.ToString(CultureInfo.InvariantCulture)} posts in one request; send at most {limits.MaxAnalyzePosts.ToString(CultureInfo.InvariantCulture)} per request.");
            }

            var inputs = new List<AnalyzeInput>(elements.Count);
            var errors = new List<string>();
            for (var k = 0; k < elements.Count; k++)
            {
                if (AnalyzeContract.TryRead(elements[k], out var input, out var why))
                {
                    inputs.Add(input);
                }
                else
                {
                    errors.Add(single ? why : $"item {(k + 1).ToString(CultureInfo.InvariantCulture)}: {why}");
                }
            }

            if (errors.Count > 0)
            {
                return Results.Problem(
                    statusCode: 400,
                    title: "Some posts cannot be read.",
                    detail: "Every post needs an \"id\" (string or number) and a \"text\" (string); fix the items listed in errors and send again. Nothing was analysed.",
                    extensions: new Dictionary<string, object?> { ["errors"] = errors });
            }

            var results = new PostAnalysis[inputs.Count];
            AnalyzeContract.AnalyzeAll(analyzer, inputs, inputs.Count, results, ct);
            await log.AppendAsync(Principals.NameOf(http.User), "api:analyze", $"{inputs.Count.ToString(CultureInfo.InvariantCulture)} posts", null, ct);
            return Results.Bytes(Serialize(inputs, results, single), "application/json; charset=utf-8");
        }
    }

    private static byte[] Serialize(List<AnalyzeInput> inputs, PostAnalysis[] results, bool single)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, AnalyzeContract.WriterOptions))
        {
            if (!single)
            {
                writer.WriteStartArray();
            }

            for (var k = 0; k < inputs.Count; k++)
            {
                AnalyzeContract.Write(writer, inputs[k].IdJson, results[k]);
            }

            if (!single)
            {
                writer.WriteEndArray();
            }
        }

        return buffer.ToArray();
    }

    /// <summary>The body, or null when it is longer than <paramref name="max"/> bytes (declared or actual).</summary>
    private static async Task<byte[]?> ReadBoundedAsync(HttpRequest request, long max, CancellationToken ct)
    {
        if (request.ContentLength > max)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > max)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private static IResult TooLarge(string detail) => Results.Problem(statusCode: 413, title: "Request too large.", detail: detail);
}

/// <summary>One input post of the analyze contract (OpenAPI description; extra fields are allowed and ignored).</summary>
public sealed record AnalyzeRequestItem(string Id, string Text, string? Lang, string? Platform, string? Url, string? Author, DateTimeOffset? CreatedAt);

/// <summary>One result of the analyze contract (OpenAPI description; see docs/analyze.md for every field).</summary>
public sealed record AnalyzeResultItem(
    string Id,
    string Lang,
    string Category,
    double Confidence,
    IReadOnlyDictionary<string, double> Scores,
    Indicators Indicators,
    IReadOnlyList<string> Explanation,
    double LangConfidence,
    bool? Romanized);
