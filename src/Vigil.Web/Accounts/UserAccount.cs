namespace Vigil.Web.Accounts;

/// <summary>A local account. The password is only ever held as a salted PBKDF2 hash (ASP.NET Core's PasswordHasher).</summary>
public sealed record UserAccount(string Name, string Role, int FailedLogins, DateTimeOffset? LockedUntil);
