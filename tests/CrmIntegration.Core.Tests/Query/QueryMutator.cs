namespace CrmIntegration.Core.Tests.Query;

/// <summary>Breaks valid fragments the ways hand-written and hostile queries break.</summary>
internal sealed class QueryMutator(Random random)
{
    private static readonly string[] Hostile =
    [
        ";", "--", "/*", "*/", "#", "'", "''", "\"", "`", "\\", "(", ")", ",", ".", "=", "<>", "SELECT", "UNION",
        "FROM", "users", "user_hash", "sleep(5)", "lower(", "OR", "AND", "NOT", "NULL", "IN", "LIKE", "IS",
        "BETWEEN", "0x41", "1e9", "@@version", "\0", "\u00a0", "ễ", "😀", "\ud800", "%", "_", "-", "+", "1",
        "'a'", "leads", "leads.", "eabr.", "email_addresses", "ESCAPE", "DESC", "*", "||", "&&", "!", "~",
    ];

    public string Mutate(List<string> tokens)
    {
        var copy = new List<string>(tokens);
        var text = string.Join(" ", copy);
        switch (random.Next(8))
        {
            case 0 when copy.Count > 1:
                copy.RemoveAt(random.Next(copy.Count));
                break;
            case 1:
                var at = random.Next(copy.Count);
                copy.Insert(at, copy[at]);
                break;
            case 2 when copy.Count > 1:
                var (i, j) = (random.Next(copy.Count), random.Next(copy.Count));
                (copy[i], copy[j]) = (copy[j], copy[i]);
                break;
            case 3:
                copy.Insert(random.Next(copy.Count + 1), Hostile[random.Next(Hostile.Length)]);
                break;
            case 4:
                copy[random.Next(copy.Count)] = Hostile[random.Next(Hostile.Length)];
                break;
            case 5:
                return text[..random.Next(text.Length + 1)];
            case 6:
                var position = random.Next(text.Length + 1);
                return text[..position] + (char)random.Next(0, 0x3000) + text[position..];
            default:
                return text + " " + Hostile[random.Next(Hostile.Length)] + " " + Hostile[random.Next(Hostile.Length)];
        }

        return string.Join(random.Next(4) == 0 ? "" : " ", copy);
    }
}
