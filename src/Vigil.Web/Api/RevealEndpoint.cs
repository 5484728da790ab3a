using Vigil.Core.Operations;
using Vigil.Core.Posts;
using Vigil.Web.Operations;

namespace Vigil.Web.Api;

/// <summary>What an officer sends to reveal a post's clear identifiers: the operation and why.</summary>
public sealed record RevealRequest(string? Operation, string? Reason);

/// <summary>A post's clear identifiers as kept by an operation: personal data, shown only to its assigned officers.</summary>
public sealed record RevealDto(
    string Platform, string NativeId, string Operation, string Category, string? Author, string? AuthorName, string? AuthorUrl, string? Url, string Text,
    IReadOnlyList<ClearIdentifier> Identifiers)
{
    public static RevealDto From(ClearRecord r, string operation) => new(
        r.Key.Platform, r.Key.NativeId, operation, Core.Analysis.Categories.ToWire(r.Category), r.Author, r.AuthorName, r.AuthorUrl, r.Url, r.Text, r.Identifiers);
}

/// <summary>
/// <c>POST /api/v1/posts/{platform}/{nativeId}/reveal</c>: the API form of the officer view. Only an
/// operation officer assigned to the operation, within its period, gets the clear identifiers, and only
/// with a reason; the access log records the reveal (or the refused attempt) before anything is returned.
/// </summary>
public static class RevealEndpoint
{
    public static RouteGroupBuilder MapReveal(this RouteGroupBuilder content)
    {
        content.MapPost("/posts/{platform}/{nativeId}/reveal", async (string platform, string nativeId, RevealRequest request, OfficerView officer, HttpContext http, CancellationToken ct) =>
            {
                var outcome = await officer.RevealAsync(http.User, new PostKey(platform, nativeId), request.Operation, request.Reason, ct);
                return outcome.Record is { } record
                    ? Results.Ok(RevealDto.From(record, request.Operation!))
                    : Results.Problem(statusCode: outcome.Status, title: outcome.Problem);
            })
            .Produces<RevealDto>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("Reveal a post's clear identifiers kept by an operation (assigned operation officers, within the period; reason required and logged).");
        return content;
    }
}
