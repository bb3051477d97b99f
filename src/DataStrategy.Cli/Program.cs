using System.CommandLine;
using DataStrategy.Cli;

var root = new RootCommand("dss — Data Strategy Studio command line. Reads the same configuration as the web app (appsettings.json in the working directory, environment variables such as DataFolder, Database__Provider, ConnectionStrings__Default).");
Commands.AddMigrate(root);
Commands.AddSeedDemo(root);
Commands.AddAdmin(root);
Commands.AddExport(root);
Commands.AddImport(root);
Commands.AddFramework(root);
Commands.AddCampaign(root);
Commands.AddReport(root);
Commands.AddRoadmap(root);
Commands.AddToken(root);
Commands.AddBench(root);
return await root.Parse(args).InvokeAsync();
