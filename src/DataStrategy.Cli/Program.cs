using DataStrategy.Cli;

return await Commands.RunAsync(args);
