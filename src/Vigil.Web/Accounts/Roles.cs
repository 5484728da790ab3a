namespace Vigil.Web.Accounts;

/// <summary>
/// The four roles. Content (posts, search, trends, clusters, networks) is for analysts and operation
/// officers; the DPO reads the access log and statistics but not content; the admin manages users
/// and settings but not content.
/// </summary>
public static class Roles
{
    public const string Analyst = "analyst";
    public const string OperationOfficer = "operation-officer";
    public const string Dpo = "dpo";
    public const string Admin = "admin";

    public static IReadOnlyList<string> All { get; } = [Analyst, OperationOfficer, Dpo, Admin];

    /// <summary>Policy names used by pages and endpoints.</summary>
    public static class Policies
    {
        public const string Content = "content";
        public const string AccessLog = "access-log";
        public const string Users = "users";
    }

    public static bool IsValid(string role) => All.Contains(role, StringComparer.Ordinal);
}
