using System.Text;
using CrmIntegration.Core.Records;

namespace CrmIntegration.DedupeBench;

/// <summary>
/// Reads the generator's CSV (scripts/dedupe/generate_leads.py) as Leads records, streaming, with
/// the ground-truth cluster of each row kept apart. Row n gets a GUID-shaped id derived from n, so
/// ids are as long as real ones and truth can be rebuilt from row numbers without storing strings.
/// </summary>
public static class LabelledLeadsCsv
{
    public static string IdOf(int row) => $"00000000-0000-4000-8000-{row:D12}";

    /// <summary>Records in file order; <paramref name="clusters"/> receives each row's cluster label.</summary>
    public static IEnumerable<CrmRecord> Read(string path, List<int> clusters)
    {
        using var reader = new StreamReader(path, Encoding.UTF8);
        var header = ParseLine(reader.ReadLine() ?? throw new InvalidDataException($"{path} is empty"));
        var row = 0;
        var fields = new List<string>(header.Count);
        while (reader.ReadLine() is { } line)
        {
            fields.Clear();
            Split(line, fields);
            clusters.Add(int.Parse(fields[0], System.Globalization.CultureInfo.InvariantCulture));
            var values = new KeyValuePair<string, string?>[header.Count + 1];
            values[0] = new("id", IdOf(row++));
            for (var i = 1; i < header.Count; i++)
            {
                values[i] = new(header[i], fields[i].Length == 0 ? null : fields[i]);
            }

            values[header.Count] = new("deleted", "0");
            yield return new CrmRecord("Leads", values);
        }
    }

    public static List<string> ParseLine(string line)
    {
        var fields = new List<string>();
        Split(line, fields);
        return fields;
    }

    // RFC 4180 within one line: the generator never writes line breaks inside a field.
    private static void Split(string line, List<string> fields)
    {
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        fields.Add(field.ToString());
    }
}
