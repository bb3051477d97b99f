using BenchmarkDotNet.Running;

// dotnet run -c Release --project bench/DataStrategy.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);

public partial class Program;
