namespace CrmIntegration.Core.Modules;

/// <summary>
/// An indexed key field kept from this field's value, through which an equality on this field can
/// be looked up without an index of its own: every record whose field equals <c>v</c> as queries
/// compare (case-insensitive after NFC) holds <see cref="KeyField"/> = <see cref="Derive"/>(<c>v</c>)
/// whenever that is not null. The lookup gives candidates only; the equality is still checked on
/// each. Leads' <c>email1</c> is found through <c>email_key</c> this way (<c>LeadsModule</c>).
/// </summary>
/// <param name="KeyField">The indexed field holding the derived key.</param>
/// <param name="Derive">The key of a queried value, or null when it has none (then the lookup does not apply).</param>
public sealed record DerivedLookup(string KeyField, Func<string, string?> Derive);
