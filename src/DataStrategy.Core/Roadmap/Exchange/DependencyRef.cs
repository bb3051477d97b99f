using System.Globalization;

namespace DataStrategy.Core.Roadmap.Exchange;

/// <summary>One predecessor of an initiative as a spreadsheet writes it: "I-05", "I-05 SS", "I-05 SS+1", "I-07 FS-1".</summary>
public sealed record DependencyRef(string Code, bool StartToStart = false, int Lag = 0)
{
    public override string ToString()
    {
        if (!StartToStart && Lag == 0)
        {
            return Code;
        }

        var lag = Lag == 0 ? "" : Lag.ToString("+0;-0", CultureInfo.InvariantCulture);
        return Code + " " + (StartToStart ? "SS" : "FS") + lag;
    }
}
