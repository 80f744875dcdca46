using System.Text;

namespace CrmIntegration.Server.Tests.Http;

/// <summary>One request of the hostile run: what is posted where, and how it was made (for the failure report).</summary>
public sealed record HostileRequest(bool Intake, string Action, string ContentType, byte[] Body, string Recipe);

/// <summary>
/// Makes mutated SOAP requests from a few valid envelopes, reproducibly from a seeded
/// <see cref="Random"/>: depth, width and attribute bombs, encodings that lie, foreign or missing
/// namespaces, DTD and entity tricks, truncation and byte damage, in combinations.
/// </summary>
public sealed class HostileEnvelopes(Random random, string session)
{
    private const string Soap11 = "http://schemas.xmlsoap.org/soap/envelope/";
    private const string Sugar = "http://www.sugarcrm.com/sugarcrm";
    private const string Intake = "http://crmintegration.example/lead-intake/2026";

    private static readonly string[] Operations = ["get_server_info", "get_user_id", "set_entry", "get_entry_list", "login", "set_entries", "no_such_op"];

    private readonly List<string> _recipe = [];

    public HostileRequest Next()
    {
        _recipe.Clear();
        var intake = random.Next(5) == 0;
        var (operation, body) = intake ? IntakeBody() : SugarBody();
        var action = random.Next(8) switch
        {
            0 => "",
            1 => $"{(intake ? Intake : Sugar)}/{Operations[random.Next(Operations.Length)]}",
            _ => $"{(intake ? Intake : Sugar)}/{operation}",
        };
        var envelopeNs = random.Next(12) switch
        {
            0 => Note("soap12-namespace", "http://www.w3.org/2003/05/soap-envelope"),
            1 => Note("foreign-namespace", "urn:x-" + random.Next(1000)),
            2 => Note("no-namespace", ""),
            _ => Soap11,
        };
        var text = $"<s:Envelope xmlns:s=\"{envelopeNs}\"{Attributes()}><s:Body>{body}</s:Body></s:Envelope>";
        if (envelopeNs.Length == 0)
        {
            text = text.Replace(" xmlns:s=\"\"", "", StringComparison.Ordinal);
        }

        text = Structure(text);
        var (bytes, contentType) = Encode(Prolog() + text);
        return new HostileRequest(intake, action, contentType, Damage(bytes), string.Join(", ", _recipe));
    }

    private (string Operation, string Body) SugarBody()
    {
        var value = Value();

        // A login costs a password hash (about 40 ms of CPU), so few requests are logins.
        const int Login = 2;
        var pick = random.Next(40) == 0 ? Login : new[] { 0, 1, 3, 4, 5 }[random.Next(5)];
        return pick switch
        {
            0 => ("get_server_info", $"<get_server_info xmlns=\"{Sugar}\"/>"),
            1 => ("get_user_id", $"<get_user_id xmlns=\"{Sugar}\"><session>{value}</session></get_user_id>"),
            2 => ("login", $"<login xmlns=\"{Sugar}\"><user_auth><user_name>admin</user_name><password>{value}</password></user_auth><application_name>fuzz</application_name></login>"),
            3 => ("get_entry_list", $"<get_entry_list xmlns=\"{Sugar}\"><session>{session}</session><module_name>Leads</module_name><query>{value}</query><order_by/><offset>0</offset><max_results>5</max_results><deleted>0</deleted><favorites>false</favorites></get_entry_list>"),
            4 => ("set_entries", $"<set_entries xmlns=\"{Sugar}\"><session>{session}</session><module_name>Leads</module_name><name_value_lists>{string.Concat(Enumerable.Range(0, random.Next(4)).Select(_ => $"<name_value_list><name_value><name>last_name</name><value>{Value()}</value></name_value></name_value_list>"))}</name_value_lists></set_entries>"),
            _ => ("set_entry", $"<set_entry xmlns=\"{Sugar}\"><session>{session}</session><module_name>{(random.Next(3) == 0 ? value : "Leads")}</module_name><name_value_list><name_value><name>{(random.Next(3) == 0 ? value : "last_name")}</name><value>{Value()}</value></name_value></name_value_list></set_entry>"),
        };
    }

    private (string Operation, string Body) IntakeBody() => random.Next(15) == 0
        ? ("Login", $"<Login xmlns=\"{Intake}\"><user_name>admin</user_name><password>{Value()}</password><encryption>PLAIN</encryption></Login>")
        : ("SubmitLead", $"<SubmitLead xmlns=\"{Intake}\"><session>{session}</session><lead><last_name>{Value()}</last_name><email>{Value()}</email></lead></SubmitLead>");

    /// <summary>Text content: ordinary, Vietnamese, markup-like, character references valid and not, or an undeclared entity.</summary>
    private string Value() => random.Next(10) switch
    {
        0 => Note("undeclared-entity", "&lol;"),
        1 => Note("char-ref", $"&#{random.Next(0, 0x11FFFF)};"),
        2 => "Nguy\u1EC5n &amp; &lt;C\u00F4ng ty&gt;",
        3 => Note("cdata", "<![CDATA[<x>]]>"),
        4 => Note("big-text", new string('x', random.Next(1_000, 50_000))),
        5 => "' OR 1=1 --",
        _ => "x" + random.Next(1_000_000),
    };

    /// <summary>Extra attributes for the envelope: none, a few, or a bomb of them (or of namespace declarations).</summary>
    private string Attributes() => random.Next(10) switch
    {
        0 => Note("attribute-bomb", string.Concat(Enumerable.Range(0, random.Next(20, 5_000)).Select(i => $" a{i}=\"{i}\""))),
        1 => Note("xmlns-bomb", string.Concat(Enumerable.Range(0, random.Next(20, 5_000)).Select(i => $" xmlns:n{i}=\"urn:n{i}\""))),
        2 => Note("duplicate-attribute", " a=\"1\" a=\"2\""),
        3 => Note("undeclared-prefix", " u:a=\"1\""),
        _ => "",
    };

    private string Prolog() => random.Next(12) switch
    {
        0 => Note("dtd-internal-entity", "<?xml version=\"1.0\"?><!DOCTYPE s [<!ENTITY e \"expanded\">]>"),
        1 => Note("dtd-external-entity", "<?xml version=\"1.0\"?><!DOCTYPE s [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"),
        2 => Note("billion-laughs", "<?xml version=\"1.0\"?><!DOCTYPE s [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]>"),
        3 => Note("xml-1.1", "<?xml version=\"1.1\"?>"),
        4 => Note("stylesheet-pi", "<?xml version=\"1.0\"?><?xml-stylesheet href=\"http://127.0.0.1:9/x\"?>"),
        5 => "<?xml version=\"1.0\" encoding=\"utf-8\"?>",
        _ => "",
    };

    /// <summary>Depth, width and placement damage to the markup.</summary>
    private string Structure(string xml)
    {
        var body = xml.IndexOf("<s:Body>", StringComparison.Ordinal) + "<s:Body>".Length;
        switch (random.Next(14))
        {
            case 0:
            {
                var depth = random.Next(50) == 0 ? random.Next(50_000, 120_000) : random.Next(30, 200);
                Note($"depth-{depth}");
                var name = random.Next(2) == 0 ? "a" : "s:Body";
                return xml.Insert(body, string.Concat(Enumerable.Repeat($"<{name}>", depth)) + string.Concat(Enumerable.Repeat($"</{name}>", depth)));
            }
            case 1:
            {
                var width = random.Next(50) == 0 ? random.Next(100_000, 150_000) : random.Next(100, 5_000);
                Note($"width-{width}");
                return xml.Insert(body, string.Concat(Enumerable.Repeat("<i/>", width)));
            }
            case 2:
                Note("second-root");
                return xml + "<s:Envelope/>";
            case 3:
                Note("comment-and-pi");
                return xml.Insert(body, "<!-- c --><?pi x?>");
            case 4:
                Note("unclosed");
                return xml.Insert(body, "<open>");
            case 5:
                Note("empty-body");
                return xml[..body] + "</s:Body></s:Envelope>";
            default:
                return xml;
        }
    }

    /// <summary>The bytes as sent, and the Content-Type that goes with them (honest or not).</summary>
    private (byte[] Bytes, string ContentType) Encode(string xml)
    {
        var (encoding, name) = random.Next(10) switch
        {
            0 => ((Encoding)new UnicodeEncoding(false, true), "utf-16"),
            1 => (Encoding.Latin1, "iso-8859-1"),
            2 => (new UTF8Encoding(true), "utf-8"),
            3 => (Encoding.BigEndianUnicode, "utf-16BE"),
            _ => (new UTF8Encoding(false), "utf-8"),
        };
        if (name != "utf-8")
        {
            Note("encoding-" + name);
        }

        if (random.Next(6) == 0)
        {
            var declared = new[] { "utf-16", "iso-8859-1", "klingon", "utf-32", "ascii" }[random.Next(5)];
            Note("declares-" + declared);
            xml = xml.StartsWith("<?xml", StringComparison.Ordinal)
                ? xml.Replace("<?xml version=\"1.0\"", $"<?xml version=\"1.0\" encoding=\"{declared}\"", StringComparison.Ordinal)
                : $"<?xml version=\"1.0\" encoding=\"{declared}\"?>" + xml;
        }

        var charset = name;
        if (random.Next(6) == 0)
        {
            charset = new[] { "utf-16", "latin1", "bogus" }[random.Next(3)];
            Note("charset-" + charset);
        }

        var contentType = random.Next(15) switch
        {
            0 => Note("content-type-soap12", $"application/soap+xml; charset={charset}"),
            1 => Note("content-type-json", "application/json"),
            _ => $"text/xml; charset={charset}",
        };
        return (encoding.GetPreamble().Concat(encoding.GetBytes(xml)).ToArray(), contentType);
    }

    /// <summary>Truncation, stray bytes and bit flips, applied last.</summary>
    private byte[] Damage(byte[] bytes)
    {
        switch (random.Next(10))
        {
            case 0:
                Note("truncated");
                return bytes[..random.Next(bytes.Length)];
            case 1:
            {
                Note("bit-flips");
                var damaged = (byte[])bytes.Clone();
                for (var i = random.Next(1, 8); i > 0; i--)
                {
                    damaged[random.Next(damaged.Length)] ^= (byte)(1 << random.Next(8));
                }

                return damaged;
            }
            case 2:
                Note("invalid-utf8");
                return [.. bytes[..(bytes.Length / 2)], 0xC3, 0x28, 0xFF, .. bytes[(bytes.Length / 2)..]];
            default:
                return bytes;
        }
    }

    private string Note(string step, string value)
    {
        _recipe.Add(step);
        return value;
    }

    private void Note(string step) => _recipe.Add(step);
}
