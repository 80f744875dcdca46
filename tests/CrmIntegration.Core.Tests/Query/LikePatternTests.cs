using System.Text;
using System.Text.RegularExpressions;
using CrmIntegration.Core.Query;

namespace CrmIntegration.Core.Tests.Query;

public sealed class LikePatternTests
{
    [Theory]
    [InlineData("abc", "abc", true)]
    [InlineData("abc", "abcd", false)]
    [InlineData("a%", "abc", true)]
    [InlineData("a%", "a", true)]
    [InlineData("%c", "abc", true)]
    [InlineData("%b%", "abc", true)]
    [InlineData("%", "", true)]
    [InlineData("_", "", false)]
    [InlineData("a_c", "abc", true)]
    [InlineData("a_c", "ac", false)]
    [InlineData("a%b%c", "aXbYbZc", true)]
    [InlineData("a%b%c", "aXcYb", false)]
    [InlineData(@"50\%", "50%", true)]
    [InlineData(@"50\%", "500", false)]
    [InlineData(@"a\_b", "a_b", true)]
    [InlineData(@"a\_b", "axb", false)]
    [InlineData("_", "😀", true)]
    [InlineData("__", "😀", false)]
    [InlineData("%😀%", "x😀y", true)]
    [InlineData(".*", "abc", false)]
    [InlineData("[a]", "a", false)]
    public void IsMatch(string pattern, string value, bool expected) =>
        Assert.Equal(expected, LikePattern.Compile(pattern).IsMatch(value));

    [Fact]
    public void IsMatch_PathologicalPattern_IsFast()
    {
        // a%a%a%…b against aaaa… is exponential for a backtracking regex.
        var pattern = LikePattern.Compile(string.Concat(Enumerable.Repeat("a%", 200)) + "b");
        var value = new string('a', 5000);
        var watch = System.Diagnostics.Stopwatch.StartNew();
        Assert.False(pattern.IsMatch(value));
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"took {watch.Elapsed}");
    }

    [Fact]
    public void IsMatch_AgreesWithEscapedRegex_OnRandomInputs()
    {
        const int seed = 20240517;
        var random = new Random(seed);
        const string alphabet = "ab%_\\.";
        for (var n = 0; n < 20_000; n++)
        {
            var pattern = RandomText(random, alphabet, 6);
            var value = RandomText(random, "ab%_\\.", 8);
            var expected = Reference(pattern).IsMatch(value);
            Assert.True(expected == LikePattern.Compile(pattern).IsMatch(value),
                $"seed {seed}, case {n}: '{pattern}' LIKE '{value}' should be {expected}");
        }
    }

    private static string RandomText(Random random, string alphabet, int maxLength) =>
        new(Enumerable.Range(0, random.Next(maxLength + 1)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());

    /// <summary>An independent reading of LIKE: each piece escaped for Regex, wildcards translated.</summary>
    private static Regex Reference(string pattern)
    {
        var regex = new StringBuilder("^");
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (c == '\\' && i + 1 < pattern.Length)
            {
                regex.Append(Regex.Escape(pattern[++i].ToString()));
            }
            else
            {
                regex.Append(c switch { '%' => ".*", '_' => ".", _ => Regex.Escape(c.ToString()) });
            }
        }

        return new Regex(regex.Append('$').ToString(), RegexOptions.Singleline | RegexOptions.CultureInvariant);
    }
}
