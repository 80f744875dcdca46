using CrmIntegration.Server.Extensions;

return await CrmServer.RunAsync(args);
