using CrmIntegration.DedupeBench;

return DedupeBenchmark.Run(args, Console.Out, Console.Error);
