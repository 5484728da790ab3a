using Vigil.Core.Analysis;
using Vigil.Core.Posts;

namespace Vigil.Web.Decisions;

/// <summary>What an analyst decided about a post in triage.</summary>
public enum DecisionKind
{
    Confirm,
    Correct,
    Dismiss,
    AddToOperation,
}

/// <summary>An analyst's decision on a post: who, when, what, and the category they set when correcting.</summary>
public sealed record Decision(PostKey Post, DecisionKind Kind, Category? Category, string? Operation, string User, DateTimeOffset At);
