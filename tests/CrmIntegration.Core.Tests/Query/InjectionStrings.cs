namespace CrmIntegration.Core.Tests.Query;

/// <summary>Classic SQL-injection and parser-abuse inputs; each must parse safely or be refused with 40.</summary>
internal static class InjectionStrings
{
    public static IEnumerable<string> All() =>
    [
        "' OR '1'='1", "last_name = '' OR '1'='1'", "last_name = 'x' OR 1=1", "1=1--", "1=1", "1=1#",
        "last_name = 'a'--", "'; DROP TABLE leads; --", "last_name = ''; DROP TABLE leads; --'",
        "last_name = 'a' UNION SELECT user_hash FROM users", "UNION SELECT", "last_name = 'a' UNION ALL SELECT 1",
        "0x41", "last_name = 0x41", "last_name = CHAR(65)", "last_name = 'a\\' OR 1=1 -- '", "last_name = 'a\\\\' OR '1'='1'",
        "last_name = '\\''", "last_name = 'a\0b'", "\0", "last_name\0= 'a'", "last_name = 'a' AND sleep(5)",
        "last_name = benchmark(1000000, md5(1))", "last_name = 'a' AND (SELECT 1 FROM users) = 1",
        "leads.id IN (SELECT id FROM users WHERE user_hash LIKE 'a%')", "id IN (SELECT bean_id FROM email_addr_bean_rel; DROP TABLE x)",
        "last_name LIKE '%' /*", "*/ last_name = 'a'", "last_name = 'a' /*!50000 OR 1=1 */", "last_name = N'a'",
        "last_name = _utf8'a'", "last_name = 'a' COLLATE utf8_bin", "last_name REGEXP '^(a+)+$'", "last_name = 'a' ||'b'",
        "last_name = 'a' && 1", "last_name = 'a' XOR 1", "last_name = $$a$$", "last_name = :name", "last_name = ?",
        "last_name = @x", "@@version", "last_name = 'a' INTO OUTFILE 'x.txt'", "load_file('passwd')",
        "last_name = 'Nguyễn'", "last_name = 'Nguye\u0302\u0303n'", "last_name = '\ud83d\ude00'", "last_name = '\ud800'",
        "last_name = '\u202e'", "last_name\u00a0= 'a'", "ｌａｓｔ_name = 'a'", "last_name ＝ 'a'", "last_name = ’a’",
        new string('(', 100_000), new string('(', 1000) + "last_name = 'a'" + new string(')', 1000),
        string.Concat(Enumerable.Repeat("NOT ", 5000)) + "last_name = 'a'", new string('\'', 3001),
        "last_name IN (" + string.Join(",", Enumerable.Repeat("'a'", 4000)) + ")", "last_name = '" + new string('x', 20_000) + "'",
        "", " ", ";", "'", "''", "(", ")", "()", "(())", "NOT", "AND", "OR", "IS NULL", "leads.", ".last_name", "leads..last_name",
        "last_name IS", "last_name IS NOT", "last_name NOT", "last_name BETWEEN 'a'", "last_name BETWEEN 'a' AND",
        "last_name IN", "last_name IN (", "last_name IN ('a',)", "last_name IN ('a' 'b')", "id IN (SELECT", "id IN (SELECT bean_id FROM",
        "last_name = - - 1", "last_name = +-1", "last_name = 1.", "last_name = .5", "last_name = 1..2", "last_name = 00001",
        "last_name = 99999999999999999999999999999999999999", "do_not_call = 99999999999999999999999999999999999999",
        "do_not_call = '1e400'", "date_entered > '9999-99-99'", "birthdate = '2024-02-30'",
    ];
}
