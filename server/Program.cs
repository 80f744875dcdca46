using CrmIntegration.Server.Extensions;

var app = CrmServer.Build(args);
app.Run();
