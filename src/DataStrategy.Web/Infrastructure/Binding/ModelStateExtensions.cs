using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace DataStrategy.Web.Infrastructure.Binding;

/// <summary>Helpers for pages that check their typed fields against a rule and word the message themselves.</summary>
public static class ModelStateExtensions
{
    /// <summary>
    /// Drops the binder's generic messages ("The value 'abc' is not valid") but keeps what was typed, so the form
    /// shows it again next to the page's own message (which names the rule: "a whole number of months from 0 to 120").
    /// Returns the fields the binder could not read: they are null in the model, which must not pass for "left empty".
    /// </summary>
    public static IReadOnlySet<string> ForgetBinderErrors(this ModelStateDictionary modelState)
    {
        ArgumentNullException.ThrowIfNull(modelState);
        var unreadable = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (key, entry) in modelState)
        {
            if (entry.Errors.Count > 0)
            {
                unreadable.Add(key);
            }

            entry.Errors.Clear();
            entry.ValidationState = ModelValidationState.Valid;
        }

        return unreadable;
    }

    /// <summary>What the reader typed in the field when the form comes back, else the model's value.</summary>
    public static string? Shown(this ModelStateDictionary modelState, string key, string? value)
    {
        ArgumentNullException.ThrowIfNull(modelState);
        return modelState.TryGetValue(key, out var entry) && entry.AttemptedValue is { } typed ? typed : value;
    }
}
