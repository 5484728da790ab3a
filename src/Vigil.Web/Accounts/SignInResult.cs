namespace Vigil.Web.Accounts;

/// <summary>The outcome of a sign-in attempt; failures say nothing about whether the user exists.</summary>
public enum SignInOutcome
{
    Success,
    Failed,
    LockedOut,
}

public sealed record SignInResult(SignInOutcome Outcome, UserAccount? User);
