namespace Vigil.Core.Protection;

/// <summary>Strategic (default): identifiers pseudonymised at ingest. Operational: clear only inside an authorised operation.</summary>
public enum ProtectionMode
{
    Strategic = 0,
    Operational = 1,
}
