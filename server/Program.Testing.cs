// Lets test projects name the entry point's assembly (the host itself is built by CrmServer.Build).
public partial class Program;
