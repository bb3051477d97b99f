namespace DataStrategy.Core.Analysis;

/// <summary>SplitMix64: small, fast, and the same sequence on every platform and runtime version.</summary>
internal struct SplitMixRng(ulong seed)
{
    private ulong _state = seed;
    private double _spare = double.NaN;

    public ulong NextUInt64()
    {
        var z = _state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>A double in (0, 1].</summary>
    public double NextOpenDouble() => ((NextUInt64() >> 11) + 1) * (1.0 / 9007199254740992.0);

    public double NextGaussian()
    {
        if (!double.IsNaN(_spare))
        {
            var s = _spare;
            _spare = double.NaN;
            return s;
        }

        var u = NextOpenDouble();
        var v = NextOpenDouble();
        var r = Math.Sqrt(-2 * Math.Log(u));
        _spare = r * Math.Sin(2 * Math.PI * v);
        return r * Math.Cos(2 * Math.PI * v);
    }

    public static ulong Mix(ulong a, ulong b)
    {
        var rng = new SplitMixRng(a ^ (b * 0x9E3779B97F4A7C15UL));
        return rng.NextUInt64();
    }
}
