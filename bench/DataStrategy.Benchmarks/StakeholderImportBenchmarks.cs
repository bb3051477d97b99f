using System.Text;
using BenchmarkDotNet.Attributes;
using DataStrategy.Core.Imports;

namespace DataStrategy.Benchmarks;

/// <summary>Parsing and validating a stakeholder import of the largest accepted size (5,000 rows).</summary>
[MemoryDiagnoser]
public class StakeholderImportBenchmarks
{
    private byte[] _csv = [];
    private Dictionary<string, Guid> _departments = [];

    [Params(20, 5000)]
    public int Rows { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var sb = new StringBuilder("name;job_title;department;email;notes\n");
        for (var i = 0; i < Rows; i++)
        {
            sb.Append("Personne ").Append(i).Append(";Chef de projet;URB;p").Append(i).Append("@ville.example;Note ").Append(i).Append('\n');
        }

        _csv = Encoding.UTF8.GetBytes(sb.ToString());
        _departments = new Dictionary<string, Guid> { ["urb"] = Guid.NewGuid() };
    }

    [Benchmark]
    public int ParseCsv() => StakeholderImport.Parse("s.csv", _csv, _departments, new HashSet<string>()).Rows.Count;
}
