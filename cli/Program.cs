// Replaced by the crm command tree in the CLI work; keeps the solution building until then.
return 0;
