using CrmIntegration.Cli.CommandLine;

// Ctrl+C and SIGTERM cancel the token given to the command (System.CommandLine's termination handling).
return await CrmCommandLine.InvokeAsync(args, CliEnvironment.FromConsole(args));
