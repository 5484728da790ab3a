using Vigil.Core.Analysis;
using Vigil.Core.Posts;

namespace Vigil.Storage.Labels;

/// <summary>
/// An analyst's correction of a post's category, with who made it, when and why. <paramref name="Previous"/>
/// is the category the post had before. The analyst's user name is personal data of staff, kept for
/// accountability; it is deleted with the post.
/// </summary>
public sealed record LabelCorrection(PostKey Post, Category Category, Category? Previous, string By, DateTimeOffset At, string? Reason);

/// <summary>A correction with the stored (pseudonymised) text of its post, for retraining.</summary>
public sealed record LabelledPost(LabelCorrection Label, string Text, string? Lang);
