using CrmIntegration.Server.Hosting;


return await CrmServer.RunAsync(args);
