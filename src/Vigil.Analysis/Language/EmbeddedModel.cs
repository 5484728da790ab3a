namespace Vigil.Analysis.Language;

/// <summary>
/// The language model shipped inside Vigil.Analysis (built by <c>vigil train-langid</c> from
/// data/langid/corpus, see data/langid/SOURCES.md).
/// </summary>
public static class EmbeddedModel
{
    /// <summary>Manifest name of the embedded model resource.</summary>
    public const string ResourceName = "Vigil.Analysis.Language.langid.model";

    /// <summary>
    /// Loads the embedded model. Throws when the assembly was built without it (a packaging bug). The
    /// resource stream is not disposed: the model is scored in place over its memory, which belongs to the
    /// loaded assembly (no file handle or copy is held).
    /// </summary>
    public static NgramModel Load()
    {
        var stream = typeof(EmbeddedModel).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The language model resource '{ResourceName}' is missing from Vigil.Analysis; rebuild with data/langid/langid.model present.");
        return NgramModel.Load(stream);
    }
}
